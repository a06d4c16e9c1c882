package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.G3storRules;
import br.com.webplanet.roteiro.g3stor.StatusRules;
import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.IssueState;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 4, {@code g3stor.update-status}: moves each open ticket to its true status from what
 * happened since the last run, by the rules of {@link StatusRules} (listed in the report). Reads
 * only what may have changed: open tickets updated since the last run, tickets waiting on the
 * customer, tickets whose linked issue closed, and the tickets that failed last time. A conflict
 * (the ticket changed meanwhile) is re-read and decided again, never overwritten.
 */
public final class UpdateStatusStep implements ChecklistStep {
    public static final String ID = "g3stor.update-status";
    static final URI WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/4-status-dos-chamados");
    /**
     * Runs after {@code mail.triage} when the mail module is active (the tickets it opens are then
     * seen), and on its own against any {@code TicketSystem} when it is not.
     */
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(ID, Messages.localized("status.title"), WIKI, Set.of(),
            RoutineOrder.TICKET_STATUS, null).withOptionalDependsOn("mail.triage");
    static final String LAST_RUN = "g3stor.update-status:last-run";
    static final String RETRY = "g3stor.update-status:retry";

    private final TicketSystem tickets;
    private final StatusRules rules;
    private final Optional<IssueTracker> issues;
    private final StatusDecider decider;
    private final Reminders reminders;

    public UpdateStatusStep(TicketSystem tickets, G3storConfig config, Optional<Mailer> mailer,
                            Optional<IssueTracker> issues) {
        this(tickets, Objects.requireNonNull(config, "config is null").rules(), mailer, issues);
    }

    @Inject
    public UpdateStatusStep(TicketSystem tickets, G3storRules config, Optional<Mailer> mailer,
                            Optional<IssueTracker> issues) {
        this.tickets = Objects.requireNonNull(tickets, "tickets is null");
        this.rules = config.status();
        this.issues = Objects.requireNonNull(issues, "issues is null");
        this.decider = new StatusDecider(rules, config.calendar().toCalendar());
        this.reminders = new Reminders(tickets, rules, Objects.requireNonNull(mailer, "mailer is null"),
                config.calendar().zone());
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext ctx) {
        Instant started = ctx.clock().instant();
        Journal journal = ctx.journal();
        Instant since = journal.checkpoint(LAST_RUN).get().map(Instant::parse).orElse(null);
        StepResult.Builder result = StepResult.builder().detail("rules", rulesText(ctx.locale()));
        Map<TicketId, IssueRef> closed = closedIssues(since);
        Map<TicketId, Ticket> candidates = new LinkedHashMap<>();
        try (Stream<Ticket> changed = tickets.search(TicketQuery.open().updatedSince(since))) {
            changed.forEach(t -> candidates.put(t.id(), t));
        }
        if (rules.reminderAfterDays() > 0) {
            try (Stream<Ticket> waiting = tickets.search(TicketQuery.withStatus(TicketStatus.AGUARDANDO_CLIENTE))) {
                waiting.forEach(t -> candidates.putIfAbsent(t.id(), t));
            }
        }
        Set<TicketId> extra = new LinkedHashSet<>(closed.keySet());
        journal.checkpoint(RETRY).get().ifPresent(s -> Arrays.stream(s.split(",")).filter(v -> !v.isBlank())
                .forEach(v -> extra.add(new TicketId(v))));
        List<TicketId> failed = new ArrayList<>();
        for (TicketId id : extra) {
            if (!candidates.containsKey(id)) {
                try {
                    tickets.get(id).ifPresent(t -> candidates.put(id, t));
                } catch (RuntimeException e) {
                    fail(ctx, result, failed, id, e);
                }
            }
        }
        ctx.progress().total(candidates.size());
        for (Ticket t : candidates.values()) {
            try {
                process(ctx, result, t, closed.get(t.id()));
            } catch (RuntimeException e) {
                fail(ctx, result, failed, t.id(), e);
            }
            ctx.progress().advance(1);
        }
        journal.checkpoint(RETRY).put(failed.stream().map(TicketId::value).collect(Collectors.joining(",")));
        journal.checkpoint(LAST_RUN).put(started.toString());
        result.count("checked", candidates.size());
        return result.summary(Messages.get(ctx.locale(), "status.summary", candidates.size(),
                result.countOf("statusChanged"), result.countOf("reminders"), result.countOf("failed"))).build();
    }

    private void process(StepContext ctx, StepResult.Builder result, Ticket ticket, IssueRef closedIssue) {
        Ticket current = ticket;
        if (current.status() == TicketStatus.AGUARDANDO_CLIENTE) {
            reminders.completeEarlier(ctx, current);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StatusDecider.Decision> decision = decider.decide(current, closedIssue, ctx.runDate(),
                    reminders.sent(ctx.journal(), current));
            if (decision.isEmpty()) {
                return;
            }
            if (decision.get() instanceof StatusDecider.Remind remind) {
                reminders.send(ctx, result, current, remind.number());
                return;
            }
            try {
                move(ctx, result, current, (StatusDecider.Move) decision.get());
                return;
            } catch (TicketConflictException e) {
                current = e.current();
                result.increment("conflicts");
            }
        }
        throw new IllegalStateException("ticket " + ticket.id() + " kept changing while being updated; next run");
    }

    private void move(StepContext ctx, StepResult.Builder result, Ticket t, StatusDecider.Move m) {
        Locale locale = ctx.locale();
        String reason = Messages.get(locale, m.reasonKey(), m.reasonArg());
        String key = "g3stor.status:" + t.id() + ":v" + t.version() + ":" + m.target().code();
        if (ctx.dryRun()) {
            result.action(ActionRecord.planned("ticket.status", t.id().value(), Messages.get(locale, "status.planned",
                    t.id(), t.status().label(locale), m.target().label(locale), reason), key));
            return;
        }
        String note = m.noteKey() == null ? null : Messages.get(Localized.PT_BR, m.noteKey(), m.reasonArg());
        Effects.once(ctx.journal(), key, Long.class,
                () -> tickets.get(t.id()).filter(now -> now.status() == m.target() && now.version() > t.version())
                        .map(Ticket::version),
                () -> tickets.changeStatus(t.id(), m.target(), t.version(), note).version());
        result.action(ActionRecord.done("ticket.status", t.id().value(), Messages.get(locale, "status.changed", t.id(),
                t.status().label(locale), m.target().label(locale), reason), key)).increment("statusChanged");
    }

    private Map<TicketId, IssueRef> closedIssues(Instant since) {
        Map<TicketId, IssueRef> closed = new LinkedHashMap<>();
        if (issues.isEmpty()) {
            return closed;
        }
        for (String repository : rules.issueRepositories()) {
            issues.get().markedIssues(repository, since).forEach((ticket, issue) -> {
                if (issue.state() == IssueState.CLOSED) {
                    closed.put(ticket, issue);
                }
            });
        }
        return closed;
    }

    private void fail(StepContext ctx, StepResult.Builder result, List<TicketId> failed, TicketId id, Exception e) {
        failed.add(id);
        result.humanTask(new HumanTask(Messages.get(ctx.locale(), "status.failed"), id.value(), Effects.describe(e),
                WIKI)).increment("failed").itemFailed();
    }

    private List<String> rulesText(Locale locale) {
        List<String> out = new ArrayList<>();
        if (rules.customerReply()) {
            out.add(Messages.get(locale, "status.rule.customerReply"));
        }
        if (rules.reminderAfterDays() > 0) {
            out.add(Messages.get(locale, "status.rule.reminders", rules.reminderAfterDays(), rules.maxReminders()));
        }
        out.add(rules.issueRepositories().isEmpty() || issues.isEmpty()
                ? Messages.get(locale, "status.rule.issueClosed.off")
                : Messages.get(locale, "status.rule.issueClosed", String.join(", ", rules.issueRepositories()),
                        rules.issueClosedTarget().label(locale)));
        out.add(Messages.get(locale, "status.rule.automatic"));
        return List.copyOf(out);
    }
}
