package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ticket system port (G3stor in production). Implementations pass
 * {@code TicketSystemContract} from roteiro-core's test jar.
 *
 * <p>Remote failures are {@link RemoteException}s. Creates take an idempotency key: the same key
 * twice returns the ticket (or interaction) the first call made instead of making another.
 */
public interface TicketSystem {
    Optional<Ticket> get(TicketId id);

    /** The ticket carrying this external reference (e.g. a mail Message-ID), if any. */
    Optional<Ticket> findByExternalRef(ExternalRef ref);

    /**
     * Tickets matching the query, streamed page by page as the consumer reads; close the stream
     * (try-with-resources) to release the connection.
     */
    Stream<Ticket> search(TicketQuery query);

    /** Opens a ticket in status {@link TicketStatus#NOVO}; the same {@code idempotencyKey} twice opens one ticket. */
    Ticket open(NewTicket ticket, String idempotencyKey);

    /** Adds an entry to a ticket's history; updates last customer contact / last agent reply by its kind. */
    Interaction addInteraction(TicketId id, NewInteraction interaction, String idempotencyKey);

    /** The ticket's history since {@code since} (null: all), oldest first. */
    List<Interaction> interactions(TicketId id, Instant since);

    /**
     * Moves a ticket to {@code target}, with an optional internal note.
     *
     * @throws TicketConflictException when the ticket is no longer at {@code expectedVersion}
     * @throws IllegalStateException   when the transition is not allowed ({@link TicketStatus#canMoveTo})
     */
    Ticket changeStatus(TicketId id, TicketStatus target, long expectedVersion, String note);

    /** Adds a link (no-op when a link with the same URL exists). */
    Ticket addLink(TicketId id, Link link);

    /** Adds an address allowed to write into the ticket by mail (no-op when present). */
    Ticket addParticipant(TicketId id, MailAddress address);

    /** Attendances in any channel between {@code from} (inclusive) and {@code to} (exclusive). */
    Stream<Attendance> attendances(Instant from, Instant to);

    Optional<Customer> customer(String id);

    Optional<Customer> customerByEmail(MailAddress email);

    /** Marks a contact whose mail bounced, with the reason. Unknown addresses are ignored. */
    void flagContact(MailAddress email, String reason);
}
