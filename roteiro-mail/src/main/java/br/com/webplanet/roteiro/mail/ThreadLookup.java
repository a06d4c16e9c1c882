package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.TicketId;
import java.util.Optional;

/** What the classifier may ask about tickets and customers (read-only). */
interface ThreadLookup {
    /** The ticket a known message (ours, or a customer's already taken in) belongs to. */
    Optional<TicketId> ticketForMessageId(String messageId);

    boolean exists(TicketId ticket);

    /** Whether {@code address} may write into {@code ticket} by mail. */
    boolean isParticipant(TicketId ticket, MailAddress address);

    /** Whether {@code address} belongs to a known customer. */
    boolean isCustomer(MailAddress address);
}
