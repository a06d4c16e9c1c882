package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketMailScheme;
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

    /**
     * Mails {@code ticket}'s customer contact once under journal {@code key}; {@code kind} names the
     * mail in its Message-ID, which stays the same for one journal key. Message-ID, subject tag and body
     * marker follow core's {@link TicketMailScheme}, the scheme mail intake recognises replies by.
     */
    static SentMail send(Journal journal, String key, Mailer mailer, TicketSystem tickets, Ticket ticket,
                         String subject, String body, String kind) {
        String messageId = TicketMailScheme.of(mailer.from()).messageId(ticket.id(), kind);
        OutgoingMail mail = new OutgoingMail(List.of(ticket.customer().contact()),
                TicketMailScheme.subject(ticket.id(), subject), body + "\n\n" + TicketMailScheme.marker(ticket.id()), null,
                messageId,
                null, List.of(), Map.of("Auto-Submitted", "auto-generated"), ticket.id());
        SentMail sent = journal.once(key, SentMail.class, () -> mailer.findSent(messageId), () -> mailer.send(mail));
        Effects.once(journal, ticketEntryKey(key), String.class, Optional::empty,
                () -> tickets.addInteraction(ticket.id(), new NewInteraction(InteractionKind.AGENT_REPLY, "roteiro",
                        body, sent.sentAt(), messageId), key).id());
        return sent;
    }

    /** Whether the mail sent under {@code key} is also recorded on its ticket. */
    static boolean recorded(Journal journal, String key) {
        return journal.state(ticketEntryKey(key)) == Journal.EffectState.DONE;
    }

    private static String ticketEntryKey(String key) {
        return key + ":g3stor";
    }
}
