package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.g3stor.StatusRules;
import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Step 4's reminders to customers who owe an answer: one pt-BR mail per reminder number and
 * waiting period (journal key {@code g3stor.reminder:<ticket>:<statusSince>:<n>}), recorded on
 * the ticket as an agent reply; a human task when no mailer is installed.
 */
final class Reminders {
    private final TicketSystem tickets;
    private final StatusRules rules;
    private final Optional<Mailer> mailer;
    private final ZoneId zone;

    Reminders(TicketSystem tickets, StatusRules rules, Optional<Mailer> mailer, ZoneId zone) {
        this.tickets = tickets;
        this.rules = rules;
        this.mailer = mailer;
        this.zone = zone;
    }

    /** Reminders already sent in the ticket's current waiting period. */
    int sent(Journal journal, Ticket t) {
        int sent = 0;
        for (int n = 1; n <= rules.maxReminders(); n++) {
            if (journal.state(key(t, n)) == Journal.EffectState.DONE) {
                sent++;
            }
        }
        return sent;
    }

    void send(StepContext ctx, StepResult.Builder result, Ticket t, int number) {
        Locale locale = ctx.locale();
        String key = key(t, number);
        if (mailer.isEmpty() || t.customer().contact() == null) {
            result.humanTask(new HumanTask(Messages.get(locale, "status.reminder.nomailer"), t.id().value(),
                    Messages.get(locale, "status.reminder.nomailer.reason", t.id(), number), UpdateStatusStep.WIKI));
            return;
        }
        if (ctx.dryRun()) {
            result.action(ActionRecord.planned("mail.reminder", t.id().value(),
                    Messages.get(locale, "status.reminder.planned", t.id(), number), key));
            return;
        }
        deliver(ctx, t, number);
        result.action(ActionRecord.done("mail.reminder", t.id().value(), Messages.get(locale, "status.reminder.sent",
                t.id(), number, t.customer().contact().address()), key)).increment("reminders");
    }

    /**
     * Puts on the ticket the reminders whose mail went out in an earlier run but whose ticket entry
     * failed; the mail itself is not sent again (its journal key is done).
     */
    void completeEarlier(StepContext ctx, Ticket t) {
        if (mailer.isEmpty() || ctx.dryRun() || t.customer().contact() == null) {
            return;
        }
        for (int n = 1; n <= rules.maxReminders(); n++) {
            if (ctx.journal().state(key(t, n)) == Journal.EffectState.DONE
                    && !CustomerMail.recorded(ctx.journal(), key(t, n))) {
                deliver(ctx, t, n);
            }
        }
    }

    private void deliver(StepContext ctx, Ticket t, int number) {
        String key = key(t, number);
        String name = t.customer().contact().name() != null ? t.customer().contact().name()
                : t.customer().name() != null ? t.customer().name() : t.customer().contact().address();
        String since = t.statusSince().atZone(zone).toLocalDate().toString();
        CustomerMail.send(ctx.journal(), key, mailer.get(), tickets, t,
                Messages.get(Localized.PT_BR, "status.reminder.subject", t.id(), t.subject()),
                Messages.get(Localized.PT_BR, "status.reminder.body", name, t.id(), t.subject(), since, number,
                        rules.maxReminders()),
                "lembrete-" + number + "-" + t.statusSince().getEpochSecond());
    }

    private static String key(Ticket t, int number) {
        return "g3stor.reminder:" + t.id() + ":" + t.statusSince().getEpochSecond() + ":" + number;
    }
}
