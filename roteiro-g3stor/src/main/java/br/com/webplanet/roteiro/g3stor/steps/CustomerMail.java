package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a mail to a ticket's customer once (journal key; reconciled with the Sent folder by its
 * Message-ID) and records it on the ticket as an agent reply (G3stor's idempotency key makes a
 * repeat of that write harmless).
 */
final class CustomerMail {
    private CustomerMail() {}

    /** The Message-ID for a mail of {@code kind} about {@code ticket}; stable for one journal key. */
    static String messageId(Mailer mailer, Ticket ticket, String kind) {
        return "<roteiro." + ticket.id().value() + "." + kind + "@" + mailer.from().domain() + ">";
    }

    static SentMail send(Journal journal, String key, Mailer mailer, TicketSystem tickets, Ticket ticket,
                         MailAddress to, String subject, String body, String messageId) {
        OutgoingMail mail = new OutgoingMail(List.of(to), subject, body, null, messageId, null, List.of(),
                Map.of("Auto-Submitted", "auto-generated"), ticket.id());
        SentMail sent = journal.once(key, SentMail.class, () -> mailer.findSent(messageId), () -> mailer.send(mail));
        Effects.once(journal, key + ":g3stor", String.class, Optional::empty,
                () -> tickets.addInteraction(ticket.id(), new NewInteraction(InteractionKind.AGENT_REPLY, "roteiro",
                        body, sent.sentAt(), messageId), key).id());
        return sent;
    }
}
