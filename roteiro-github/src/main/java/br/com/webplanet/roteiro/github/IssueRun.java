package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One execution of {@link OpenIssuesStep}: lists each repository once, syncs back, opens the missing issues
 * through the journal, and collects the report (counts, actions, human tasks, planned issues, redactions, requests).
 */
final class IssueRun {
    /** Issues updated a little before the last listing are listed again, in case clocks disagree. */
    private static final Duration SINCE_OVERLAP = Duration.ofMinutes(10);

    private final StepContext context;
    private final Journal journal;
    private final Messages msg;
    private final boolean dryRun;
    private final StepResult.Builder out = StepResult.builder();
    private final Map<String, Long> redactions = new LinkedHashMap<>();
    private final List<OpenIssuesStep.PlannedIssue> planned = new ArrayList<>();
    private final List<String> left = new ArrayList<>();
    private final Map<String, Integer> refused = new LinkedHashMap<>();
    private boolean rateLimited;
    private final GitHubConfig config;
    private final TicketSystem tickets;
    private final GitHubIssueTracker tracker;
    private final GitHubConnection connection;
    private final IssueComposer composer;
    private final IssueSync sync;
    private final Supplier<List<Ticket>> selection;

    IssueRun(StepContext context, boolean dryRun, GitHubConfig config, TicketSystem tickets,
             GitHubIssueTracker tracker, GitHubConnection connection, IssueComposer composer, IssueSync sync,
             Supplier<List<Ticket>> selection) {
        this.context = context;
        this.journal = context.journal();
        this.msg = Messages.of(context.locale());
        this.dryRun = dryRun;
        this.config = config;
        this.tickets = tickets;
        this.tracker = tracker;
        this.connection = connection;
        this.composer = composer;
        this.sync = sync;
        this.selection = selection;
    }

    /** Whether GitHub's rate limit stopped this run (the remaining tickets are left for the next one). */
    boolean rateLimited() {
        return rateLimited;
    }

    /** Without a token: plan from G3stor and the journal alone, no call to GitHub. */
    StepResult offline() {
        if (!dryRun) {
            out.humanTask(new HumanTask(msg.get("task.token.title"), "github.token", msg.get("task.token.reason"),
                    OpenIssuesStep.WIKI));
            return out.summary(msg.get("task.token.reason")).build();
        }
        for (Ticket ticket : selection.get()) {
            if (journal.state(OpenIssuesStep.key(ticket.id())) != Journal.EffectState.DONE) {
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
                    e.getMessage(), OpenIssuesStep.WIKI));
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
            } else if (journal.state(OpenIssuesStep.key(id)) == Journal.EffectState.DONE) {
                out.increment("alreadyLinked");
                journal.result(OpenIssuesStep.key(id), IssueRef.class).ifPresent(ref -> link(ticket, ref));
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
                    msg.get("task.item.reason", e.getMessage()), OpenIssuesStep.WIKI));
        }
    }

    /** Creates the ticket's issue once; a pending intent is reconciled by the marker, never redone blindly. */
    void create(Ticket ticket, String repository, Map<TicketId, IssueRef> listing) {
        TicketId id = ticket.id();
        IssueRef existing = listing.get(id);
        boolean[] created = {false};
        IssueRef ref = journal.once(OpenIssuesStep.key(id), IssueRef.class,
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
                msg.get(created[0] ? "action.create" : "action.found", issue, id), OpenIssuesStep.key(id)));
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
        planned.add(new OpenIssuesStep.PlannedIssue(ticket.id().value(), issue.repository(), issue.title(), issue.body(),
                issue.labels(), issue.assignees(), issue.milestone()));
        countRedactions(draft);
        out.increment("issuesPlanned").action(ActionRecord.planned("github.issue", ticket.id().value(),
                msg.get("action.plan", issue.repository(), ticket.id(), issue.title()), OpenIssuesStep.key(ticket.id())));
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
                msg.get("task.public.reason", repository, n), OpenIssuesStep.WIKI)));
        if (!left.isEmpty()) {
            out.count("left", left.size()).detail("left", List.copyOf(left));
            if (rateLimited) {
                out.humanTask(new HumanTask(msg.get("task.rateLimit.title"), "github",
                        msg.get("task.rateLimit.reason", left.size(), connection.log().total()), OpenIssuesStep.WIKI));
            }
        }
        out.count("requests", connection.log().total()).detail("requests", connection.log().byEndpoint());
        details();
        String summary = dryRun
                ? msg.get("summary.dry", out.countOf("issuesPlanned"), out.countOf("issuesFound"))
                : msg.get("summary", out.countOf("tickets"), out.countOf("issuesCreated"), out.countOf("issuesFound"),
                out.countOf("ticketsMoved"), left.size());
        return out.summary(summary).build();
    }
}
