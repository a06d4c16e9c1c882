package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.WaitingRules;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.sla.PriorityMatrix;
import br.com.webplanet.roteiro.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
        Priority priority = matrix.priority(t.urgency(), t.impact());
        Duration target = t.lastAgentReply() == null ? policy.targets(priority).firstResponse()
                : policy.targets(priority).resolution();
        Instant deadline = policy.deadline(calendar, t.createdAt(), target, pauses.pauses(), now);
        Duration left = policy.timeToBreach(calendar, t.createdAt(), target, pauses.pauses(), now);
        boolean breached = left.isNegative() || left.isZero();
        boolean atRisk = !breached && left.compareTo(rules.warning()) <= 0;
        String label = priority.label().in(locale);
        String reason = breached ? Messages.get(locale, "waiting.reason.breached", label, format(left.negated()))
                : atRisk ? Messages.get(locale, "waiting.reason.atRisk", label, format(left))
                : Messages.get(locale, "waiting.reason.ok", label, format(left));
        return new WaitingCustomer(t.id(), t.customer().name() != null ? t.customer().name()
                : t.customer().contact() == null ? "?" : t.customer().contact().address(), t.subject(), priority,
                waitingSince(t, pauses), deadline, left, breached, atRisk, t.lastAgentReply(), reason);
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
