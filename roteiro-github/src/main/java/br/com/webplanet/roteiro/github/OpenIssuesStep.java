package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Step 7, {@code github.open-issues}: syncs back issues closed or reopened since the last run, then opens one
 * issue per ticket that needs development, each through the journal ({@code gh:<ticket>}) with the marker as
 * reconciler, and writes the issue's URL back to the ticket. Refuses public repositories unless allowed, stops
 * gracefully when the request budget or GitHub's rate limit runs out, and in dry-run (or without a token) only
 * plans, listing each issue it would create with its redacted body.
 */
public final class OpenIssuesStep implements ChecklistStep {
    public static final String ID = "github.open-issues";
    static final URI WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/github-issues");
    static final StepDescriptor DESCRIPTOR = StepDescriptor.of(ID,
            Localized.of("Abrir issues no GitHub", "Open GitHub issues"), WIKI).withOrder(RoutineOrder.GITHUB);

    /** An issue a dry-run would create, as it would be posted. */
    public record PlannedIssue(String ticket, String repository, String title, String body, List<String> labels,
                               List<String> assignees, String milestone) {}

    private final GitHubConfig config;
    private final TicketSystem tickets;
    private final GitHubIssueTracker tracker;
    private final GitHubConnection connection;
    private final IssueComposer composer;
    private final IssueSync sync;

    @Inject
    public OpenIssuesStep(GitHubConfig config, TicketSystem tickets, GitHubIssueTracker tracker,
                          GitHubConnection connection) {
        this.config = requireNonNull(config, "config is null");
        this.tickets = requireNonNull(tickets, "tickets is null");
        this.tracker = requireNonNull(tracker, "tracker is null");
        this.connection = requireNonNull(connection, "connection is null");
        this.composer = new IssueComposer(config, tickets, new PersonalDataRedactor());
        this.sync = new IssueSync(config, tickets);
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        IssueRun run = new IssueRun(context, context.dryRun() || config.dryRun(), config, tickets, tracker, connection,
                composer, sync, this::select);
        if (!connection.hasToken()) {
            return run.offline();
        }
        tracker.startRun();
        Map<String, Map<TicketId, IssueRef>> listings = new HashMap<>();
        for (String repository : composer.repositories()) {
            if (run.rateLimited()) {
                break;
            }
            run.list(repository).ifPresent(listing -> listings.put(repository, listing));
        }
        for (Ticket ticket : select()) {
            run.open(ticket, listings);
        }
        return run.finish();
    }

    /** Tickets in a selected status, plus open tickets with the selection tag; each once. */
    private List<Ticket> select() {
        Map<TicketId, Ticket> selected = new LinkedHashMap<>();
        if (!config.selection().statuses().isEmpty()) {
            Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
            config.selection().statuses().forEach(s -> statuses.add(TicketStatus.fromCode(s)));
            try (Stream<Ticket> found = tickets.search(new TicketQuery(statuses, null, null, null))) {
                found.forEach(t -> selected.putIfAbsent(t.id(), t));
            }
        }
        config.selection().tag().ifPresent(tag -> {
            try (Stream<Ticket> found = tickets.search(TicketQuery.open().tagged(tag))) {
                found.forEach(t -> selected.putIfAbsent(t.id(), t));
            }
        });
        return List.copyOf(selected.values());
    }

    static String key(TicketId id) {
        return "gh:" + id;
    }
}
