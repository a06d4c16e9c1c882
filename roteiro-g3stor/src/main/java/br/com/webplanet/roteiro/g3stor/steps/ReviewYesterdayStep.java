package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.G3storRules;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RoutineOrder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Step 2, {@code g3stor.review-yesterday}: the attendances of the previous business day (Monday
 * reviews Friday to Sunday; the day after a holiday reviews the holiday too) that ended
 * unresolved, need follow-up or are requests, and the mail that intake left without a ticket,
 * each get a ticket — once (journal key, external reference {@code attendance:<id>} / the
 * Message-ID, reconciled by external reference).
 */
public final class ReviewYesterdayStep implements ChecklistStep {
    public static final String ID = "g3stor.review-yesterday";
    static final URI WIKI = URI.create("https://wiki.webplanet.com.br/roteiro/2-revisar-atendimentos");
    /**
     * Runs after {@code mail.triage} when the mail module is active (the tickets it opens are then
     * seen), and on its own against any {@code TicketSystem} when it is not.
     */
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(ID, Messages.localized("review.title"), WIKI, Set.of(),
            RoutineOrder.G3STOR_REVIEW, null).withOptionalDependsOn("mail.triage");

    private final TicketSystem tickets;
    private final G3storRules config;
    private final BusinessCalendar calendar;

    @Inject
    public ReviewYesterdayStep(TicketSystem tickets, G3storRules rules) {
        this.tickets = Objects.requireNonNull(tickets, "tickets is null");
        this.config = Objects.requireNonNull(rules, "rules is null");
        this.calendar = rules.calendar().toCalendar();
    }

    public ReviewYesterdayStep(TicketSystem tickets, G3storConfig config) {
        this(tickets, Objects.requireNonNull(config, "config is null").rules());
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        Locale locale = context.locale();
        LocalDate first = calendar.previousBusinessDay(context.runDate());
        Instant from = first.atStartOfDay(calendar.zone()).toInstant();
        Instant to = context.runDate().atStartOfDay(calendar.zone()).toInstant();
        StepResult.Builder result = StepResult.builder();
        long reviewed = 0;
        try (Stream<Attendance> attendances = tickets.attendances(from, to)) {
            for (Attendance a : (Iterable<Attendance>) attendances::iterator) {
                reviewed++;
                if (a.ticket() == null && config.review().outcomes().contains(a.outcome())) {
                    openFor(context, result, a);
                }
            }
        }
        if (config.review().mailDecisions()) {
            context.journal().records(Handoffs.MAIL_DECISIONS, MailDecision.class).values().stream()
                    .filter(d -> d.ticket() == null && MailDecision.CHANGES_TICKETS.contains(d.disposition()))
                    .forEach(d -> openFor(context, result, d));
        }
        result.count("attendances", reviewed);
        return result.summary(Messages.get(locale, "review.summary", reviewed, first, context.runDate().minusDays(1),
                result.countOf("ticketsOpened"), result.countOf("failed"))).build();
    }

    private void openFor(StepContext context, StepResult.Builder result, Attendance a) {
        Locale locale = context.locale();
        String outcome = Messages.get(locale, "outcome." + a.outcome());
        String channel = Messages.get(locale, "channel." + a.channel());
        ExternalRef ref = new ExternalRef(ExternalRef.ATTENDANCE, a.id());
        NewTicket draft = new NewTicket(List.of(ref), a.customer(),
                Messages.get(Localized.PT_BR, "review.subject.attendance", channel, shorten(a.summary(), a.id())),
                Messages.get(Localized.PT_BR, "review.description.attendance", a.id(), a.at(),
                        a.agent() == null ? "?" : a.agent(), outcome, a.summary()),
                null, null, a.channel(), Set.of(), Set.of(config.review().tag()));
        String key = "g3stor.review:attendance:" + a.id();
        open(context, result, key, ref, draft, id -> Messages.get(locale, "review.opened.attendance", id, a.id(),
                channel, outcome, a.summary()), Messages.get(locale, "review.planned.attendance", a.id(), channel,
                outcome, a.summary()));
    }

    private void openFor(StepContext context, StepResult.Builder result, MailDecision d) {
        Locale locale = context.locale();
        if (d.from() == null) {
            return;
        }
        ExternalRef ref = ExternalRef.mail(d.messageId());
        NewTicket draft = new NewTicket(List.of(ref), CustomerRef.ofContact(d.from()),
                d.subject().isBlank() ? "(sem assunto)" : d.subject(),
                Messages.get(Localized.PT_BR, "review.description.mail", d.messageId(), d.receivedAt(), d.subject()),
                d.priority() == null ? null : d.priority().urgency(), d.priority() == null ? null : d.priority().impact(),
                Channel.EMAIL, Set.of(), Set.of(config.review().tag()));
        String from = d.from().address();
        // the same journal and idempotency key as mail.triage uses, so the two steps can never both open one
        open(context, result, "mail:" + d.messageId(), ref, draft,
                id -> Messages.get(locale, "review.opened.mail", id, d.messageId(), from),
                Messages.get(locale, "review.planned.mail", d.messageId(), from));
    }

    private void open(StepContext context, StepResult.Builder result, String key, ExternalRef ref, NewTicket draft,
                      Function<TicketId, String> done, String planned) {
        try {
            if (context.journal().state(key) == Journal.EffectState.DONE) {
                return;
            }
            if (context.dryRun()) {
                if (tickets.findByExternalRef(ref).isEmpty()) {
                    result.action(ActionRecord.planned("ticket.open", ref.toString(), planned, key));
                }
                return;
            }
            AtomicBoolean opened = new AtomicBoolean();
            TicketId id = Effects.once(context.journal(), key, TicketId.class,
                    () -> tickets.findByExternalRef(ref).map(Ticket::id),
                    () -> tickets.findByExternalRef(ref).map(Ticket::id).orElseGet(() -> {
                        opened.set(true);
                        return tickets.open(draft, key).id();
                    }));
            if (opened.get()) {
                result.action(ActionRecord.done("ticket.open", id.value(), done.apply(id), key)).increment("ticketsOpened");
            } else {
                result.increment("alreadyTicketed");
            }
        } catch (RuntimeException e) {
            result.humanTask(new HumanTask(Messages.get(context.locale(), "review.failed"), ref.toString(),
                    Effects.describe(e), WIKI)).increment("failed").itemFailed();
        }
    }

    private static String shorten(String summary, String fallback) {
        String s = summary == null || summary.isBlank() ? fallback : summary.strip().replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
