package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** A thread-safe {@link TicketSystem} held in memory; ids are {@code <prefix>-<n>}. */
public final class InMemoryTicketSystem implements TicketSystem {
    private final Clock clock;
    private final String prefix;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    private final Map<TicketId, List<Interaction>> history = new HashMap<>();
    private final Map<String, Object> byIdempotencyKey = new HashMap<>();
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final List<Attendance> attendances = new ArrayList<>();

    public InMemoryTicketSystem(Clock clock) {
        this(clock, "G3");
    }

    public InMemoryTicketSystem(Clock clock, String prefix) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.prefix = Objects.requireNonNull(prefix, "prefix is null");
    }

    // ---- seeding (for tests and demos) ----

    public synchronized void putCustomer(Customer customer) {
        customers.put(customer.id(), customer);
    }

    public synchronized void putAttendance(Attendance attendance) {
        attendances.add(attendance);
    }

    /** Stores a ticket as given (for seeding); replaces one with the same id. */
    public synchronized void putTicket(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
        history.putIfAbsent(ticket.id(), new ArrayList<>());
    }

    public synchronized int size() {
        return tickets.size();
    }

    // ---- the port ----

    @Override
    public synchronized Optional<Ticket> get(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public synchronized Optional<Ticket> findByExternalRef(ExternalRef ref) {
        return tickets.values().stream().filter(t -> t.externalRefs().contains(ref)).findFirst();
    }

    @Override
    public synchronized Stream<Ticket> search(TicketQuery query) {
        return List.copyOf(tickets.values()).stream().filter(query::matches);
    }

    @Override
    public synchronized Ticket open(NewTicket draft, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        Object previous = byIdempotencyKey.get(idempotencyKey);
        if (previous instanceof TicketId id) {
            return tickets.get(id);
        }
        Instant now = clock.instant();
        TicketId id = new TicketId(prefix + "-" + sequence.incrementAndGet());
        Set<String> participants = new HashSet<>(draft.participants());
        if (draft.customer().contact() != null) {
            participants.add(draft.customer().contact().normalized());
        }
        Ticket ticket = new Ticket(id, draft.externalRefs(), draft.customer(), draft.subject(), TicketStatus.NOVO,
                draft.urgency(), draft.impact(), draft.channel(), now, now, now, null, now,
                participants, draft.tags(), List.of(), 1);
        tickets.put(id, ticket);
        List<Interaction> entries = new ArrayList<>();
        entries.add(new Interaction(id + "/1", id, InteractionKind.CUSTOMER_MESSAGE,
                draft.customer().contact() == null ? draft.customer().name() : draft.customer().contact().address(),
                draft.description(), now, draft.externalRefs().isEmpty() ? null : draft.externalRefs().get(0).value()));
        history.put(id, entries);
        byIdempotencyKey.put(idempotencyKey, id);
        return ticket;
    }

    @Override
    public synchronized Interaction addInteraction(TicketId id, NewInteraction entry, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        Object previous = byIdempotencyKey.get(idempotencyKey);
        if (previous instanceof Interaction interaction) {
            return interaction;
        }
        Ticket ticket = require(id);
        Instant at = entry.at() == null ? clock.instant() : entry.at();
        List<Interaction> entries = history.computeIfAbsent(id, k -> new ArrayList<>());
        Interaction interaction = new Interaction(id + "/" + (entries.size() + 1), id, entry.kind(), entry.author(),
                entry.body(), at, entry.externalRef());
        entries.add(interaction);
        Instant lastCustomer = entry.kind() == InteractionKind.CUSTOMER_MESSAGE ? max(ticket.lastCustomerContact(), at)
                : ticket.lastCustomerContact();
        Instant lastAgent = entry.kind() == InteractionKind.AGENT_REPLY ? max(ticket.lastAgentReply(), at)
                : ticket.lastAgentReply();
        tickets.put(id, new Ticket(id, ticket.externalRefs(), ticket.customer(), ticket.subject(), ticket.status(),
                ticket.urgency(), ticket.impact(), ticket.channel(), ticket.createdAt(), clock.instant(), lastCustomer,
                lastAgent, ticket.statusSince(), ticket.participants(), ticket.tags(), ticket.links(),
                ticket.version() + 1));
        byIdempotencyKey.put(idempotencyKey, interaction);
        return interaction;
    }

    @Override
    public synchronized List<Interaction> interactions(TicketId id, Instant since) {
        require(id);
        return history.getOrDefault(id, List.of()).stream()
                .filter(i -> since == null || !i.at().isBefore(since))
                .toList();
    }

    @Override
    public synchronized Ticket changeStatus(TicketId id, TicketStatus target, long expectedVersion, String note) {
        Ticket ticket = require(id);
        if (ticket.version() != expectedVersion) {
            throw new TicketConflictException(ticket, expectedVersion);
        }
        if (!ticket.status().canMoveTo(target)) {
            throw new IllegalStateException("ticket " + id + " cannot move from '" + ticket.status().label()
                    + "' to '" + target.label() + "'");
        }
        Instant now = clock.instant();
        Ticket changed = ticket.withStatus(target, now, ticket.version() + 1);
        tickets.put(id, changed);
        if (note != null && !note.isBlank()) {
            List<Interaction> entries = history.computeIfAbsent(id, k -> new ArrayList<>());
            entries.add(new Interaction(id + "/" + (entries.size() + 1), id, InteractionKind.INTERNAL_NOTE, "roteiro",
                    note, now, null));
        }
        return changed;
    }

    @Override
    public synchronized Ticket addLink(TicketId id, Link link) {
        Ticket t = require(id);
        if (t.links().stream().anyMatch(l -> l.url().equals(link.url()))) {
            return t;
        }
        List<Link> links = new ArrayList<>(t.links());
        links.add(link);
        return replace(t, t.participants(), links);
    }

    @Override
    public synchronized Ticket addParticipant(TicketId id, MailAddress address) {
        Ticket t = require(id);
        if (t.participants().contains(address.normalized())) {
            return t;
        }
        Set<String> participants = new HashSet<>(t.participants());
        participants.add(address.normalized());
        return replace(t, participants, t.links());
    }

    @Override
    public synchronized Stream<Attendance> attendances(Instant from, Instant to) {
        return attendances.stream()
                .filter(a -> !a.at().isBefore(from) && a.at().isBefore(to))
                .toList().stream();
    }

    @Override
    public synchronized Optional<Customer> customer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public synchronized Optional<Customer> customerByEmail(MailAddress email) {
        return customers.values().stream()
                .filter(c -> c.contacts().stream().anyMatch(k -> hasEmail(k, email)))
                .findFirst();
    }

    @Override
    public synchronized void flagContact(MailAddress email, String reason) {
        for (Customer c : List.copyOf(customers.values())) {
            List<Contact> contacts = c.contacts().stream()
                    .map(k -> hasEmail(k, email) ? new Contact(k.name(), k.email(), k.phone(), reason) : k)
                    .toList();
            customers.put(c.id(), new Customer(c.id(), c.name(), c.document(), contacts));
        }
    }

    private Ticket replace(Ticket t, Set<String> participants, List<Link> links) {
        Ticket changed = new Ticket(t.id(), t.externalRefs(), t.customer(), t.subject(), t.status(), t.urgency(),
                t.impact(), t.channel(), t.createdAt(), clock.instant(), t.lastCustomerContact(), t.lastAgentReply(),
                t.statusSince(), participants, t.tags(), links, t.version() + 1);
        tickets.put(t.id(), changed);
        return changed;
    }

    private Ticket require(TicketId id) {
        Ticket t = tickets.get(id);
        if (t == null) {
            throw new java.util.NoSuchElementException("no ticket " + id);
        }
        return t;
    }

    private static boolean hasEmail(Contact contact, MailAddress email) {
        return contact.email() != null && contact.email().normalized().equals(email.normalized());
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
