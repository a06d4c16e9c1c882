package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** Issues updated a little before the last listing are listed again, in case clocks disagree. */
    private static final Duration SINCE_OVERLAP = Duration.ofMinutes(10);

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
        this.composer = new IssueComposer(config, tickets, new Redactor());
        this.sync = new IssueSync(config, tickets);
    }

    @Override
    public StepDescriptor descriptor() {
        return StepDescriptor.of(ID, Localized.of("Abrir issues no GitHub", "Open GitHub issues"), WIKI)
                .withOrder(RoutineOrder.GITHUB);
    }

    @Override
    public StepResult execute(StepContext context) {
        Run run = new Run(context, Messages.of(context.locale()), context.dryRun() || config.dryRun());
        if (!connection.hasToken()) {
            return run.offline();
        }
        tracker.startRun();
        Map<String, Map<TicketId, IssueRef>> listings = new HashMap<>();
        for (String repository : composer.repositories()) {
            if (run.rateLimited) {
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

    /** One execution's state and report. */
    private final class Run {
        final StepContext context;
        final Journal journal;
        final Messages msg;
        final boolean dryRun;
        final StepResult.Builder out = StepResult.builder();
        final Map<String, Long> redactions = new LinkedHashMap<>();
        final List<PlannedIssue> planned = new ArrayList<>();
        final List<String> left = new ArrayList<>();
        final Map<String, Integer> refused = new LinkedHashMap<>();
        boolean rateLimited;

        Run(StepContext context, Messages msg, boolean dryRun) {
            this.context = context;
            this.journal = context.journal();
            this.msg = msg;
            this.dryRun = dryRun;
        }

        /** Without a token: plan from G3stor and the journal alone, no call to GitHub. */
        StepResult offline() {
            if (!dryRun) {
                out.humanTask(new HumanTask(msg.get("task.token.title"), "github.token", msg.get("task.token.reason"),
                        WIKI));
                return out.summary(msg.get("task.token.reason")).build();
            }
            for (Ticket ticket : select()) {
                if (journal.state(key(ticket.id())) != Journal.EffectState.DONE) {
                    plan(ticket);
                } else {
                    out.increment("alreadyLinked");
                }
            }
            out.detail("remoteCalls", "skipped: no github.token");
            return details().summary(msg.get("summary.noToken", out.countOf("issuesPlanned"))).build();
        }

        Optional<Map<TicketId, IssueRef>> list(String repository) {
            try {
                if (tracker.isPublic(repository) && !config.allowPublicRepository()) {
                    refused.put(repository, 0);
                    return Optional.empty();
                }
                Journal.Checkpoint checkpoint = journal.checkpoint("github:listed:" + repository);
                Instant since = checkpoint.get().map(Instant::parse).map(i -> i.minus(SINCE_OVERLAP)).orElse(null);
                Instant started = context.clock().instant();
                Map<TicketId, IssueRef> listing = tracker.markedIssues(repository, since);
                out.count("issuesListed", listing.size());
                boolean synced = !config.syncBack().enabled() || sync.apply(listing, journal, dryRun, msg, out);
                if (synced && !dryRun) {
                    checkpoint.put(started.toString());
                }
                return Optional.of(listing);
            } catch (GitHubRateLimitException e) {
                rateLimited = true;
                return Optional.empty();
            } catch (RuntimeException e) {
                out.itemFailed().increment("failed").humanTask(new HumanTask(msg.get("task.repo.title"), repository,
                        e.getMessage(), WIKI));
                return Optional.empty();
            }
        }

        void open(Ticket ticket, Map<String, Map<TicketId, IssueRef>> listings) {
            out.increment("tickets");
            TicketId id = ticket.id();
            try {
                String repository = composer.route(ticket);
                if (refused.containsKey(repository)) {
                    refused.merge(repository, 1, Integer::sum);
                    out.increment("refusedPublic");
                } else if (journal.state(key(id)) == Journal.EffectState.DONE) {
                    out.increment("alreadyLinked");
                    journal.result(key(id), IssueRef.class).ifPresent(ref -> link(ticket, ref));
                } else {
                    Map<TicketId, IssueRef> listing = listings.get(repository);
                    if (listing == null || rateLimited || !dryRun && connection.requestsLeft() < 1) {
                        rateLimited |= listing != null;
                        left.add(id.value());
                    } else if (dryRun) {
                        if (listing.containsKey(id)) {
                            out.increment("issuesFound");
                        } else {
                            plan(ticket);
                        }
                    } else {
                        create(ticket, repository, listing);
                    }
                }
            } catch (GitHubRateLimitException e) {
                rateLimited = true;
                left.add(id.value());
            } catch (RuntimeException e) {
                out.itemFailed().increment("failed").humanTask(new HumanTask(msg.get("task.item.title"), id.value(),
                        msg.get("task.item.reason", e.getMessage()), WIKI));
            }
        }

        /** Creates the ticket's issue once; a pending intent is reconciled by the marker, never redone blindly. */
        void create(Ticket ticket, String repository, Map<TicketId, IssueRef> listing) {
            TicketId id = ticket.id();
            IssueRef existing = listing.get(id);
            boolean[] created = {false};
            IssueRef ref = journal.once(key(id), IssueRef.class,
                    () -> Optional.ofNullable(listing.get(id)).or(() -> tracker.findByMarker(repository, id)),
                    () -> {
                        if (existing != null) {
                            return existing;
                        }
                        IssueComposer.Draft draft = composer.compose(ticket, msg, context.clock().getZone());
                        IssueRef made = tracker.create(draft.issue());
                        created[0] = true;
                        countRedactions(draft);
                        return made;
                    });
            String issue = ref.repository() + "#" + ref.number();
            out.increment(created[0] ? "issuesCreated" : "issuesFound");
            out.action(ActionRecord.done("github.issue", id.value(),
                    msg.get(created[0] ? "action.create" : "action.found", issue, id), key(id)));
            link(ticket, ref);
        }

        /** Writes the issue URL back to the ticket: a link and an internal note, both idempotent. */
        void link(Ticket ticket, IssueRef ref) {
            if (dryRun || ticket.links().stream().anyMatch(l -> l.url().equals(ref.url()))) {
                return;
            }
            String key = "gh:link:" + ticket.id();
            journal.once(key, String.class, Optional::empty, () -> {
                tickets.addLink(ticket.id(), new Link("github", ref.url(), ref.repository() + "#" + ref.number()));
                tickets.addInteraction(ticket.id(), NewInteraction.note(msg.get("note.linked", ref.url())),
                        "gh-note:" + ticket.id() + ":" + ref.repository() + "#" + ref.number());
                return ref.url().toString();
            });
        }

        void plan(Ticket ticket) {
            IssueComposer.Draft draft = composer.compose(ticket, msg, context.clock().getZone());
            var issue = draft.issue();
            planned.add(new PlannedIssue(ticket.id().value(), issue.repository(), issue.title(), issue.body(),
                    issue.labels(), issue.assignees(), issue.milestone()));
            countRedactions(draft);
            out.increment("issuesPlanned").action(ActionRecord.planned("github.issue", ticket.id().value(),
                    msg.get("action.plan", issue.repository(), ticket.id(), issue.title()), key(ticket.id())));
        }

        void countRedactions(IssueComposer.Draft draft) {
            draft.redactions().forEach((kind, n) -> redactions.merge(kind.name().toLowerCase(), (long) n, Long::sum));
        }

        StepResult.Builder details() {
            if (!redactions.isEmpty()) {
                out.detail("redactions", Map.copyOf(redactions));
                out.count("redacted", redactions.values().stream().mapToLong(Long::longValue).sum());
            }
            if (!planned.isEmpty()) {
                out.detail("plannedIssues", List.copyOf(planned));
            }
            return out;
        }

        StepResult finish() {
            refused.forEach((repository, n) -> out.humanTask(new HumanTask(msg.get("task.public.title"), repository,
                    msg.get("task.public.reason", repository, n), WIKI)));
            if (!left.isEmpty()) {
                out.count("left", left.size()).detail("left", List.copyOf(left));
                if (rateLimited) {
                    out.humanTask(new HumanTask(msg.get("task.rateLimit.title"), "github",
                            msg.get("task.rateLimit.reason", left.size(), connection.log().total()), WIKI));
                }
            }
            out.count("requests", connection.log().total()).detail("requests", connection.log().byEndpoint());
            details();
            String summary = dryRun
                    ? msg.get("summary.dry", out.countOf("issuesPlanned"), out.countOf("issuesFound"))
                    : msg.get("summary", out.countOf("issuesCreated"), out.countOf("issuesFound"),
                    out.countOf("ticketsMoved"), left.size());
            return out.summary(summary).build();
        }
    }

    static String key(TicketId id) {
        return "gh:" + id;
    }
}
