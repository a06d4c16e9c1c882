package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketMailScheme;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ThreadLookup} over the journal (mail already taken in) and the ticket system; cached for one run. */
final class IntakeLookup implements ThreadLookup {
    private final Journal journal;
    private final TicketSystem tickets;
    private final TicketMailScheme ids;
    private final Map<TicketId, Optional<Ticket>> ticketCache = new HashMap<>();
    private final Map<String, Boolean> customerCache = new HashMap<>();

    IntakeLookup(Journal journal, TicketSystem tickets, TicketMailScheme ids) {
        this.journal = journal;
        this.tickets = tickets;
        this.ids = ids;
    }

    @Override
    public Optional<TicketId> ticketForMessageId(String messageId) {
        Optional<TicketId> ours = ids.ticketOf(messageId).filter(this::exists);
        if (ours.isPresent()) {
            return ours;
        }
        Optional<TicketId> opened = journal.result("mail:" + messageId, TicketId.class);
        if (opened.isPresent()) {
            return opened;
        }
        Optional<TicketId> decided = journal.result("triage:" + messageId, MailDecision.class)
                .map(MailDecision::ticket);
        if (decided.isPresent()) {
            return decided;
        }
        return tickets.findByExternalRef(ExternalRef.mail(messageId)).map(Ticket::id);
    }

    @Override
    public boolean exists(TicketId ticket) {
        return ticket(ticket).isPresent();
    }

    @Override
    public boolean isParticipant(TicketId ticket, MailAddress address) {
        return ticket(ticket).map(t -> t.hasParticipant(address)).orElse(false);
    }

    /** The customer contact of a ticket, if the ticket is known. */
    Optional<MailAddress> contactOf(TicketId ticket) {
        return ticket(ticket).map(t -> t.customer().contact());
    }

    @Override
    public boolean isCustomer(MailAddress address) {
        return address != null && customerCache.computeIfAbsent(address.normalized(),
                a -> tickets.customerByEmail(address).isPresent());
    }

    private Optional<Ticket> ticket(TicketId id) {
        return ticketCache.computeIfAbsent(id, tickets::get);
    }
}
