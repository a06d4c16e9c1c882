package br.com.webplanet.roteiro.mail;

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
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/** A ticket system that refuses to open some tickets (as G3stor would), over a real in-memory one. */
final class FaultyTickets implements TicketSystem {
    private final TicketSystem delegate;
    volatile Function<NewTicket, RuntimeException> onOpen = t -> null;
    final AtomicInteger openCalls = new AtomicInteger();

    FaultyTickets(TicketSystem delegate) {
        this.delegate = delegate;
    }

    @Override public Optional<Ticket> get(TicketId id) { return delegate.get(id); }
    @Override public Optional<Ticket> findByExternalRef(ExternalRef ref) { return delegate.findByExternalRef(ref); }
    @Override public Stream<Ticket> search(TicketQuery query) { return delegate.search(query); }

    @Override
    public Ticket open(NewTicket ticket, String idempotencyKey) {
        openCalls.incrementAndGet();
        RuntimeException e = onOpen.apply(ticket);
        if (e != null) {
            throw e;
        }
        return delegate.open(ticket, idempotencyKey);
    }

    @Override public Interaction addInteraction(TicketId id, NewInteraction i, String key) { return delegate.addInteraction(id, i, key); }
    @Override public List<Interaction> interactions(TicketId id, Instant since) { return delegate.interactions(id, since); }
    @Override public Ticket changeStatus(TicketId id, TicketStatus t, long v, String note) { return delegate.changeStatus(id, t, v, note); }
    @Override public Ticket addLink(TicketId id, Link link) { return delegate.addLink(id, link); }
    @Override public Ticket addParticipant(TicketId id, MailAddress a) { return delegate.addParticipant(id, a); }
    @Override public Stream<Attendance> attendances(Instant from, Instant to) { return delegate.attendances(from, to); }
    @Override public Optional<Customer> customer(String id) { return delegate.customer(id); }
    @Override public Optional<Customer> customerByEmail(MailAddress email) { return delegate.customerByEmail(email); }
    @Override public void flagContact(MailAddress email, String reason) { delegate.flagContact(email, reason); }
}
