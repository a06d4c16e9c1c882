package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.StatusRules;
import br.com.webplanet.roteiro.model.IssueRef;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from a ticket as it is now, what step 4 should do with it. Pure: no I/O, so every rule
 * is tested with a fixed date. Automatic mail never shows here: only customer messages move
 * {@code lastCustomerContact}.
 */
final class StatusDecider {
    /** What to do with a ticket. */
    sealed interface Decision permits Move, Remind {}

    /** Move to {@code target}; {@code reasonKey}/{@code reasonArg} explain it; {@code note} goes on the ticket. */
    record Move(TicketStatus target, String rule, String reasonKey, Object reasonArg, String noteKey) implements Decision {}

    /** Send reminder number {@code number} (1-based). */
    record Remind(int number) implements Decision {}

    private final StatusRules rules;
    private final BusinessCalendar calendar;

    StatusDecider(StatusRules rules, BusinessCalendar calendar) {
        this.rules = Objects.requireNonNull(rules, "rules is null");
        this.calendar = Objects.requireNonNull(calendar, "calendar is null");
    }

    /**
     * @param closedIssue   the closed issue linked to the ticket, if any
     * @param remindersSent reminders already sent in the ticket's current waiting period
     */
    Optional<Decision> decide(Ticket t, IssueRef closedIssue, LocalDate today, int remindersSent) {
        TicketStatus s = t.status();
        if (rules.customerReply() && (s == TicketStatus.AGUARDANDO_CLIENTE || s == TicketStatus.AGUARDANDO_VALIDACAO)
                && t.lastCustomerContact() != null && t.lastCustomerContact().isAfter(t.statusSince())) {
            return Optional.of(new Move(TicketStatus.EM_ANALISE, "customerReply", "status.reason.customerReply",
                    t.lastCustomerContact(), null));
        }
        if (closedIssue != null && s == TicketStatus.AGUARDANDO_DESENVOLVIMENTO
                && s.canMoveTo(rules.issueClosedTarget())) {
            return Optional.of(new Move(rules.issueClosedTarget(), "issueClosed", "status.reason.issueClosed",
                    closedIssue.repository() + "#" + closedIssue.number(), null));
        }
        if (s == TicketStatus.AGUARDANDO_CLIENTE && rules.reminderAfterDays() > 0) {
            int n = rules.reminderAfterDays();
            long days = businessDaysSince(t.statusSince().atZone(calendar.zone()).toLocalDate(), today);
            if (remindersSent >= rules.maxReminders() && days >= (long) (rules.maxReminders() + 1) * n) {
                return Optional.of(new Move(TicketStatus.CONCLUIDO, "reminders", "status.reason.expired",
                        remindersSent, "status.note.expired"));
            }
            long due = Math.min(days / n, rules.maxReminders());
            if (due > remindersSent) {
                return Optional.of(new Remind(remindersSent + 1));
            }
        }
        return Optional.empty();
    }

    /** Business days after {@code from} up to and including {@code to}. */
    long businessDaysSince(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }
}
