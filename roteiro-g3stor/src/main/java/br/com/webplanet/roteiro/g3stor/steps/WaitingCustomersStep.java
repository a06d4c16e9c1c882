package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.model.WaitingQueueDetail;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.G3storRules;
import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Reopening;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Step 6, {@code g3stor.waiting-customers}: the queue of open tickets where the customer waits on
 * the team, by priority then SLA time to breach (business time, paused while the ticket waited on
 * the customer), with at-risk and breached flags; and a pt-BR status update, once per silence
 * window, to every such customer who has heard nothing from us for longer than the limit. A ticket a
 * customer's mail reopened ({@link Handoffs#REOPENED_TICKETS}) counts its SLA from the reopening and says so.
 * {@code details.queue} holds the whole queue ({@link WaitingCustomer}s).
 */
public final class WaitingCustomersStep implements ChecklistStep {
    public static final String ID = "g3stor.waiting-customers";
    static final URI WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/6-clientes-aguardando");
    /** Runs after {@code g3stor.update-status} (same module), which must not fail. */
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(ID, Messages.localized("waiting.title"), WIKI, Set.of(UpdateStatusStep.ID),
            RoutineOrder.WAITING_CUSTOMERS, null);

    private final TicketSystem tickets;
    private final WaitingRules rules;
    private final Optional<Mailer> mailer;
    private final BusinessCalendar calendar;
    private final WaitingQueue queue;

    public WaitingCustomersStep(TicketSystem tickets, G3storConfig config, Optional<Mailer> mailer) {
        this(tickets, Objects.requireNonNull(config, "config is null").rules(), mailer);
    }

    @Inject
    public WaitingCustomersStep(TicketSystem tickets, G3storRules config, Optional<Mailer> mailer) {
        this.tickets = Objects.requireNonNull(tickets, "tickets is null");
        this.rules = config.waiting();
        this.mailer = Objects.requireNonNull(mailer, "mailer is null");
        this.calendar = config.calendar().toCalendar();
        this.queue = new WaitingQueue(calendar, rules.matrix(), rules.policy(), rules);
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext ctx) {
        Instant now = ctx.clock().instant();
        Locale locale = ctx.locale();
        Journal journal = ctx.journal();
        Map<String, PauseLog> logs = journal.records(PauseLog.TOPIC, PauseLog.class);
        Map<String, Reopening> reopened = journal.records(Handoffs.REOPENED_TICKETS, Reopening.class);
        StepResult.Builder result = StepResult.builder();
        List<WaitingCustomer> waiting = new ArrayList<>();
        List<Ticket> silent = new ArrayList<>();
        try (Stream<Ticket> open = tickets.search(TicketQuery.open())) {
            for (Ticket t : (Iterable<Ticket>) open::iterator) {
                PauseLog before = logs.getOrDefault(t.id().value(), PauseLog.empty());
                PauseLog after = before.observe(t);
                if (after != before) {
                    journal.record(PauseLog.TOPIC, t.id().value(), after);
                }
                if (t.status().pausesSla()) {
                    continue;
                }
                Reopening reopening = reopened.get(t.id().value());
                waiting.add(queue.entry(t, after, reopening, now, locale));
                if (reopening != null && reopening.at().isAfter(t.createdAt())) {
                    result.increment("reopened");
                }
                Instant lastFromUs = t.lastAgentReply() != null ? t.lastAgentReply() : t.createdAt();
                if (calendar.businessTimeBetween(lastFromUs, now).compareTo(rules.silenceLimit()) > 0) {
                    silent.add(t);
                }
            }
        }
        waiting.sort(WaitingQueue.ORDER);
        for (Ticket t : silent) {
            try {
                statusUpdate(ctx, result, t);
            } catch (RuntimeException e) {
                result.humanTask(new HumanTask(Messages.get(locale, "waiting.failed"), t.id().value(),
                        Effects.describe(e), WIKI)).increment("failed").itemFailed();
            }
        }
        long breached = waiting.stream().filter(WaitingCustomer::breached).count();
        long atRisk = waiting.stream().filter(WaitingCustomer::atRisk).count();
        result.count("queue", waiting.size()).count("breached", breached).count("atRisk", atRisk)
                .detail(WaitingQueueDetail.KEY, WaitingQueueDetail.detailOf(waiting));
        String top = waiting.stream().limit(rules.top()).map(w -> w.ticket() + " (" + w.reason() + ")")
                .collect(Collectors.joining("; "));
        String summary = Messages.get(locale, "waiting.summary", waiting.size(), breached, atRisk,
                result.countOf("statusUpdates"));
        return result.summary(top.isEmpty() ? summary : summary + " " + Messages.get(locale, "waiting.top", top))
                .build();
    }

    private void statusUpdate(StepContext ctx, StepResult.Builder result, Ticket t) {
        Locale locale = ctx.locale();
        Instant lastFromUs = t.lastAgentReply() != null ? t.lastAgentReply() : t.createdAt();
        String since = lastFromUs.atZone(calendar.zone()).toLocalDate().toString();
        String key = "g3stor.silence:" + t.id() + ":" + lastFromUs.getEpochSecond();
        boolean mailed = ctx.journal().state(key) == Journal.EffectState.DONE;
        if (mailed && CustomerMail.recorded(ctx.journal(), key)) {
            return;
        }
        if (!mailed && (!rules.statusUpdates() || mailer.isEmpty() || t.customer().contact() == null)) {
            result.humanTask(new HumanTask(Messages.get(locale, "waiting.update.manual"), t.id().value(),
                    Messages.get(locale, "waiting.update.manual.reason", t.id(), since), WIKI));
            return;
        }
        if (ctx.dryRun()) {
            if (!mailed) {
                result.action(ActionRecord.planned("mail.status-update", t.id().value(),
                        Messages.get(locale, "waiting.update.planned", t.id(), since), key));
            }
            return;
        }
        String name = t.customer().contact().name() != null ? t.customer().contact().name()
                : t.customer().contact().address();
        CustomerMail.send(ctx.journal(), key, mailer.get(), tickets, t,
                Messages.get(Localized.PT_BR, "waiting.update.subject", t.id(), t.subject()),
                Messages.get(Localized.PT_BR, "waiting.update.body", name, t.id(), t.subject(),
                        t.status().label(Localized.PT_BR)),
                "andamento-" + lastFromUs.getEpochSecond());
        if (!mailed) {   // else only the ticket entry of an earlier run's mail was completed
            result.action(ActionRecord.done("mail.status-update", t.id().value(),
                    Messages.get(locale, "waiting.update.sent", t.id(), since), key)).increment("statusUpdates");
        }
    }
}
