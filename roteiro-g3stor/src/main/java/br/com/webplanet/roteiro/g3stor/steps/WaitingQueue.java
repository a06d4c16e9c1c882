package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Reopening;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.sla.Pause;
import br.com.webplanet.roteiro.sla.PriorityMatrix;
import br.com.webplanet.roteiro.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns an open ticket the customer waits on us for into a queue entry: priority from the
 * urgency × impact matrix, SLA deadline and time to breach in business time with the waiting-on-
 * customer pauses left out (first-response target until we answer, resolution target after).
 */
final class WaitingQueue {
    /** Highest priority first, then least time to breach. */
    static final Comparator<WaitingCustomer> ORDER = Comparator
            .comparing((WaitingCustomer w) -> w.priority().rank()).reversed()
            .thenComparing(WaitingCustomer::timeToBreach, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(w -> w.ticket().value());

    private final BusinessCalendar calendar;
    private final PriorityMatrix matrix;
    private final SlaPolicy policy;
    private final WaitingRules rules;

    WaitingQueue(BusinessCalendar calendar, PriorityMatrix matrix, SlaPolicy policy, WaitingRules rules) {
        this.calendar = calendar;
        this.matrix = matrix;
        this.policy = policy;
        this.rules = rules;
    }

    WaitingCustomer entry(Ticket t, PauseLog pauses, Instant now, Locale locale) {
        return entry(t, pauses, null, now, locale);
    }

    /**
     * As {@link #entry(Ticket, PauseLog, Instant, Locale)}; a ticket a customer's mail reopened (after it was
     * created) counts its SLA from {@code reopened}: first response again until we answer after it, pauses
     * before it left out — and its reason says it was reopened.
     */
    WaitingCustomer entry(Ticket t, PauseLog pauses, Reopening reopened, Instant now, Locale locale) {
        Priority priority = matrix.priority(t.urgency(), t.impact());
        boolean reopen = reopened != null && reopened.at().isAfter(t.createdAt()) && !reopened.at().isAfter(now);
        Instant start = reopen ? reopened.at() : t.createdAt();
        boolean answered = t.lastAgentReply() != null && !t.lastAgentReply().isBefore(start);
        Duration target = answered ? policy.targets(priority).resolution() : policy.targets(priority).firstResponse();
        List<Pause> spans = pauses.pauses().stream().filter(p -> p.to() == null || p.to().isAfter(start)).toList();
        Instant deadline = policy.deadline(calendar, start, target, spans, now);
        Duration left = policy.timeToBreach(calendar, start, target, spans, now);
        boolean breached = left.isNegative() || left.isZero();
        boolean atRisk = !breached && left.compareTo(rules.warning()) <= 0;
        String label = priority.label().in(locale);
        String reason = breached ? Messages.get(locale, "waiting.reason.breached", label, format(left.negated()))
                : atRisk ? Messages.get(locale, "waiting.reason.atRisk", label, format(left))
                : Messages.get(locale, "waiting.reason.ok", label, format(left));
        if (reopen) {
            reason = Messages.get(locale, "waiting.reason.reopened", reopened.at().atZone(calendar.zone()).toLocalDate(),
                    reason);
        }
        Instant since = waitingSince(t, pauses);
        if (reopen && reopened.at().isAfter(since)) {
            since = reopened.at();
        }
        return new WaitingCustomer(t.id(), t.customer().name() != null ? t.customer().name()
                : t.customer().contact() == null ? "?" : t.customer().contact().address(), t.subject(), priority,
                since, deadline, left, breached, atRisk, t.lastAgentReply(), reason);
    }

    private static Instant waitingSince(Ticket t, PauseLog pauses) {
        Instant since = t.createdAt();
        for (Instant candidate : new Instant[] {t.lastCustomerContact(), pauses.lastResumed()}) {
            if (candidate != null && candidate.isAfter(since)) {
                since = candidate;
            }
        }
        return since;
    }

    /** Business time as {@code 5h30min}, {@code 45min}. */
    static String format(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long h = minutes / 60;
        long m = minutes % 60;
        return h == 0 ? m + "min" : m == 0 ? h + "h" : h + "h" + m + "min";
    }
}
