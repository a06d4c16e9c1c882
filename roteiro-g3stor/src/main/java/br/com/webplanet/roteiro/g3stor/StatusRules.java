package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.util.List;

/**
 * Rules of step 4 ({@code g3stor.update-status}); each can be switched off.
 *
 * @param customerReply      a customer message after a ticket started waiting on them moves it to em análise
 * @param reminderAfterDays  business days waiting on the customer before each reminder (0: no reminders)
 * @param maxReminders       reminders sent before the ticket is closed as concluído with a note
 * @param issueClosedTarget  status for a ticket waiting on development whose linked issue closed
 *                           ({@code AGUARDANDO_VALIDACAO} or {@code CONCLUIDO})
 * @param issueRepositories  GitHub repositories ({@code owner/name}) whose issues are linked to tickets;
 *                           empty switches the rule off
 */
public record StatusRules(@Default("true") boolean customerReply, @Default("3") int reminderAfterDays,
                          @Default("2") int maxReminders,
                          @Default("AGUARDANDO_VALIDACAO") TicketStatus issueClosedTarget,
                          List<String> issueRepositories) {
    public StatusRules {
        issueClosedTarget = issueClosedTarget == null ? TicketStatus.AGUARDANDO_VALIDACAO : issueClosedTarget;
        if (issueClosedTarget != TicketStatus.AGUARDANDO_VALIDACAO && issueClosedTarget != TicketStatus.CONCLUIDO) {
            throw new IllegalArgumentException("g3stor.status.issue-closed-target must be AGUARDANDO_VALIDACAO or "
                    + "CONCLUIDO, was " + issueClosedTarget);
        }
        if (reminderAfterDays < 0 || maxReminders < 0) {
            throw new IllegalArgumentException("g3stor.status.reminder-after-days and max-reminders must be >= 0");
        }
        issueRepositories = issueRepositories == null ? List.of() : List.copyOf(issueRepositories);
    }

    public static StatusRules defaults() {
        return new StatusRules(true, 3, 2, TicketStatus.AGUARDANDO_VALIDACAO, List.of());
    }

    public StatusRules withIssueRepositories(List<String> repositories) {
        return new StatusRules(customerReply, reminderAfterDays, maxReminders, issueClosedTarget, repositories);
    }
}
