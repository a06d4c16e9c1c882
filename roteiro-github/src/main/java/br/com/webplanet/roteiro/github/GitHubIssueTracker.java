package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.IssueTracker;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueBuilder;
import org.kohsuke.github.GHIssueEvent;
import org.kohsuke.github.GHIssueQueryBuilder;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHMilestone;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.HttpException;

/**
 * {@link IssueTracker} over GitHub's REST API (github-api + OkHttp). Issues carry
 * {@link IssueTracker#marker(TicketId)} at the end of their body and the marker label
 * ({@code github.labels.marker}); {@link #markedIssues} is one paged listing (100 per page) filtered by that
 * label and {@code since}. Repository look-ups ({@code GET /repos/o/r}, which also gives the visibility) and
 * milestones are kept until {@link #startRun()}.
 */
public final class GitHubIssueTracker implements IssueTracker {
    private static final Pattern MARKER = Pattern.compile("<!-- roteiro:ticket=(.+?) -->");

    private final GitHubConnection connection;
    private final GitHubConfig config;
    private final Map<String, GHRepository> repositories = new ConcurrentHashMap<>();
    private final Map<String, GHMilestone> milestones = new ConcurrentHashMap<>();

    @Inject
    public GitHubIssueTracker(GitHubConnection connection, GitHubConfig config) {
        this.connection = requireNonNull(connection, "connection is null");
        this.config = requireNonNull(config, "config is null");
    }

    /** Forgets repositories and milestones looked up by an earlier run, and restarts the request budget. */
    public void startRun() {
        repositories.clear();
        milestones.clear();
        connection.startRun();
    }

    @Override
    public Map<TicketId, IssueRef> markedIssues(String repository, Instant since) {
        String operation = "GET /repos/" + repository + "/issues?labels=" + config.labels().marker();
        try {
            GHIssueQueryBuilder query = repository(repository).queryIssues()
                    .label(config.labels().marker()).state(GHIssueState.ALL).pageSize(100);
            if (since != null) {
                query.since(since.toEpochMilli());
            }
            Map<TicketId, IssueRef> found = new LinkedHashMap<>();
            for (GHIssue issue : query.list()) {
                if (!issue.isPullRequest()) {
                    boolean byCommit = config.syncBack().onlyClosedByPullRequest()
                            && issue.getState() == GHIssueState.CLOSED && closedByCommit(issue);
                    IssueRef ref = toRef(repository, issue, byCommit);
                    if (ref.ticket() != null) {
                        found.putIfAbsent(ref.ticket(), ref);
                    }
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            throw GitHubErrors.translate(operation, e);
        }
    }

    @Override
    public Optional<IssueRef> findByMarker(String repository, TicketId ticket) {
        return Optional.ofNullable(markedIssues(repository, null).get(ticket));
    }

    @Override
    public IssueRef create(NewIssue issue) {
        String operation = "POST /repos/" + issue.repository() + "/issues";
        try {
            GHRepository repo = repository(issue.repository());
            GHIssueBuilder builder = repo.createIssue(issue.title())
                    .body(issue.body() + "\n\n" + IssueTracker.marker(issue.ticket()));
            for (String label : issue.labels()) {
                builder.label(label);
            }
            for (String assignee : issue.assignees()) {
                builder.assignee(assignee);
            }
            if (issue.milestone() != null && !issue.milestone().isBlank()) {
                builder.milestone(milestone(repo, issue.milestone()));
            }
            return toRef(issue.repository(), builder.create());
        } catch (IOException | RuntimeException e) {
            throw GitHubErrors.translate(operation, e);
        }
    }

    @Override
    public Optional<IssueRef> get(String repository, int number) {
        try {
            return Optional.of(toRef(repository, repository(repository).getIssue(number)));
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw GitHubErrors.translate("GET /repos/" + repository + "/issues/" + number, e);
        }
    }

    @Override
    public boolean isPublic(String repository) {
        GHRepository repo = repository(repository);
        GHRepository.Visibility visibility = repo.getVisibility();
        return visibility == GHRepository.Visibility.PUBLIC
                || visibility == GHRepository.Visibility.UNKNOWN && !repo.isPrivate();
    }

    private GHRepository repository(String name) {
        return repositories.computeIfAbsent(name, n -> {
            try {
                return connection.github().getRepository(n);
            } catch (IOException e) {
                throw GitHubErrors.translate("GET /repos/" + n, e);
            }
        });
    }

    private GHMilestone milestone(GHRepository repo, String milestone) throws IOException {
        String key = repo.getFullName() + "#" + milestone;
        GHMilestone cached = milestones.get(key);
        if (cached != null) {
            return cached;
        }
        GHMilestone found = null;
        if (milestone.matches("\\d+")) {
            found = repo.getMilestone(Integer.parseInt(milestone));
        } else {
            for (GHMilestone m : repo.listMilestones(GHIssueState.OPEN)) {
                if (m.getTitle().equals(milestone)) {
                    found = m;
                    break;
                }
            }
        }
        if (found == null) {
            throw new HttpException("no open milestone titled '" + milestone + "' in " + repo.getFullName()
                    + " (github.milestone)", 422, "Unprocessable Entity", repo.getHtmlUrl().toString());
        }
        milestones.put(key, found);
        return found;
    }

    static TicketId ticketOf(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = MARKER.matcher(body);
        TicketId last = null;
        while (m.find()) {
            last = new TicketId(m.group(1).trim());
        }
        return last;
    }

    /** Whether the issue's last {@code closed} event names a commit (a merged pull request or a pushed fix). */
    private static boolean closedByCommit(GHIssue issue) throws IOException {
        String commit = null;
        for (GHIssueEvent event : issue.listEvents()) {
            if ("closed".equals(event.getEvent())) {
                commit = event.getCommitId();
            }
        }
        return commit != null && !commit.isBlank();
    }

    private static IssueRef toRef(String repository, GHIssue issue) throws IOException {
        return toRef(repository, issue, false);
    }

    private static IssueRef toRef(String repository, GHIssue issue, boolean closedByCommit) throws IOException {
        try {
            return new IssueRef(repository, issue.getNumber(), issue.getHtmlUrl().toURI(),
                    issue.getState() == GHIssueState.CLOSED ? IssueState.CLOSED : IssueState.OPEN,
                    ticketOf(issue.getBody()), instant(issue.getUpdatedAt()), closedByCommit);
        } catch (URISyntaxException e) {
            throw new IOException("GitHub sent an invalid html_url for issue #" + issue.getNumber(), e);
        }
    }

    /** github-api 1.x answers {@link Date}, 2.x {@link Instant}: accept both. */
    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return (Instant) value;
    }
}
