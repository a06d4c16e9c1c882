package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The simulator's tickets and their interactions (state guarded by the simulator's lock). */
final class TicketResources {
    private final Clock clock;
    private final String prefix;
    private final Pages pages;
    private final Map<TicketId, StoredTicket> tickets = new LinkedHashMap<>();
    private final Map<TicketId, Integer> statusChanges = new LinkedHashMap<>();
    private long sequence;
    private long nextId;

    private static final class StoredTicket {
        final long seq;
        Ticket ticket;
        final List<Interaction> history = new ArrayList<>();

        StoredTicket(long seq, Ticket ticket) {
            this.seq = seq;
            this.ticket = ticket;
        }
    }

    TicketResources(Clock clock, String prefix, Pages pages) {
        this.clock = clock;
        this.prefix = prefix;
        this.pages = pages;
    }

    void register(Router router) {
        router.add("GET", "/tickets", this::list)
                .add("POST", "/tickets", true, this::open)
                .add("GET", "/tickets/{id}", r -> ok(require(r.param(0)).ticket))
                .add("PATCH", "/tickets/{id}", this::changeStatus)
                .add("GET", "/tickets/{id}/interactions", this::interactions)
                .add("POST", "/tickets/{id}/interactions", true, this::addInteraction)
                .add("POST", "/tickets/{id}/links", this::addLink)
                .add("POST", "/tickets/{id}/participants", this::addParticipant);
    }

    // ---- seeding and inspection ----

    void put(Ticket ticket) {
        StoredTicket s = tickets.get(ticket.id());
        if (s == null) {
            tickets.put(ticket.id(), new StoredTicket(++sequence, ticket));
        } else {
            s.ticket = ticket;
        }
    }

    void putInteraction(Interaction interaction) {
        require(interaction.ticket().value()).history.add(interaction);
    }

    Ticket ticket(TicketId id) {
        StoredTicket s = tickets.get(id);
        return s == null ? null : s.ticket;
    }

    List<Ticket> all() {
        return tickets.values().stream().map(s -> s.ticket).toList();
    }

    List<Interaction> history(TicketId id) {
        StoredTicket s = tickets.get(id);
        return s == null ? List.of() : List.copyOf(s.history);
    }

    Map<TicketId, Integer> statusChanges() {
        return Map.copyOf(statusChanges);
    }

    // ---- handlers ----

    private SimResponse list(SimRequest r) {
        Predicate<Ticket> filter = Params.ticketFilter(r);
        return pages.page(r, tickets.values().stream().filter(s -> filter.test(s.ticket))
                .map(s -> new Pages.Entry(s.seq, TicketJson.ticket(s.ticket))).toList());
    }

    private SimResponse open(SimRequest r) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (Json.text(r.body(), "subject") == null || Json.text(r.body(), "subject").isBlank()) {
            fields.put("subject", "must not be blank");
        }
        if (r.body().get("customer") == null || r.body().get("customer").isNull()) {
            fields.put("customer", "is required");
        }
        if (Json.text(r.body(), "channel") == null) {
            fields.put("channel", "is required");
        }
        if (!fields.isEmpty()) {
            return SimResponse.error(422, "validation", "the ticket is invalid: " + fields.keySet(), fields, null);
        }
        NewTicket draft = TicketJson.newTicket(r.body());
        Instant now = clock.instant();
        TicketId id = new TicketId(prefix + "-" + (++nextId));
        Set<String> participants = new HashSet<>(draft.participants());
        if (draft.customer().contact() != null) {
            participants.add(draft.customer().contact().normalized());
        }
        Ticket ticket = new Ticket(id, draft.externalRefs(), draft.customer(), draft.subject(), TicketStatus.NOVO,
                draft.urgency(), draft.impact(), draft.channel(), now, now, now, null, now, participants,
                draft.tags(), List.of(), 1);
        put(ticket);
        tickets.get(id).history.add(new Interaction(id + "/1", id, InteractionKind.CUSTOMER_MESSAGE,
                draft.customer().contact() == null ? draft.customer().name() : draft.customer().contact().address(),
                draft.description(), now, draft.externalRefs().isEmpty() ? null : draft.externalRefs().get(0).value()));
        return SimResponse.json(201, TicketJson.ticket(ticket), "ETag", SimResponse.etag(1));
    }

    private SimResponse changeStatus(SimRequest r) {
        StoredTicket s = require(r.param(0));
        String ifMatch = r.header("If-Match");
        if (ifMatch == null) {
            return SimResponse.error(428, "precondition_required", "If-Match with the ticket's version is required");
        }
        long expected = Params.version(ifMatch);
        TicketStatus target = Params.status(Json.text(r.body(), "status"));
        Ticket t = s.ticket;
        if (t.version() != expected) {
            return SimResponse.error(412, "version_mismatch", "ticket " + t.id() + " is at version " + t.version()
                    + ", not " + expected, Map.of(), TicketJson.ticket(t));
        }
        if (!t.status().canMoveTo(target)) {
            return SimResponse.error(409, "invalid_transition", "ticket " + t.id() + " cannot move from '"
                    + t.status().code() + "' to '" + target.code() + "'");
        }
        Instant now = clock.instant();
        s.ticket = t.withStatus(target, now, t.version() + 1);
        statusChanges.merge(t.id(), 1, Integer::sum);
        String note = Json.text(r.body(), "note");
        if (note != null && !note.isBlank()) {
            s.history.add(new Interaction(t.id() + "/" + (s.history.size() + 1), t.id(),
                    InteractionKind.INTERNAL_NOTE, "roteiro", note, now, null));
        }
        return ok(s.ticket);
    }

    private SimResponse interactions(SimRequest r) {
        StoredTicket s = require(r.param(0));
        Instant since = r.query("since") == null ? null : Params.instant(r.query("since"), "since");
        List<Pages.Entry> entries = new ArrayList<>();
        for (int i = 0; i < s.history.size(); i++) {
            Interaction in = s.history.get(i);
            if (since == null || !in.at().isBefore(since)) {
                entries.add(new Pages.Entry(i, TicketJson.interaction(in)));
            }
        }
        return pages.page(r, entries);
    }

    private SimResponse addInteraction(SimRequest r) {
        StoredTicket s = require(r.param(0));
        if (Json.text(r.body(), "kind") == null) {
            return SimResponse.error(422, "validation", "kind is required", Map.of("kind", "is required"), null);
        }
        NewInteraction entry = TicketJson.newInteraction(r.body());
        Ticket t = s.ticket;
        Instant now = clock.instant();
        Instant at = entry.at() == null ? now : entry.at();
        Interaction interaction = new Interaction(t.id() + "/" + (s.history.size() + 1), t.id(), entry.kind(),
                entry.author(), entry.body(), at, entry.externalRef());
        s.history.add(interaction);
        Instant lastCustomer = entry.kind() == InteractionKind.CUSTOMER_MESSAGE ? max(t.lastCustomerContact(), at)
                : t.lastCustomerContact();
        Instant lastAgent = entry.kind() == InteractionKind.AGENT_REPLY ? max(t.lastAgentReply(), at)
                : t.lastAgentReply();
        s.ticket = new Ticket(t.id(), t.externalRefs(), t.customer(), t.subject(), t.status(), t.urgency(),
                t.impact(), t.channel(), t.createdAt(), now, lastCustomer, lastAgent, t.statusSince(),
                t.participants(), t.tags(), t.links(), t.version() + 1);
        return SimResponse.json(201, TicketJson.interaction(interaction));
    }

    private SimResponse addLink(SimRequest r) {
        StoredTicket s = require(r.param(0));
        Link link = new Link(Json.text(r.body(), "kind"), URI.create(Json.text(r.body(), "url")),
                Json.text(r.body(), "title"));
        if (s.ticket.links().stream().noneMatch(l -> l.url().equals(link.url()))) {
            List<Link> links = new ArrayList<>(s.ticket.links());
            links.add(link);
            s.ticket = replace(s.ticket, s.ticket.participants(), links);
        }
        return ok(s.ticket);
    }

    private SimResponse addParticipant(SimRequest r) {
        StoredTicket s = require(r.param(0));
        MailAddress address = MailAddress.of(Json.text(r.body(), "email"));
        if (!s.ticket.participants().contains(address.normalized())) {
            Set<String> participants = new HashSet<>(s.ticket.participants());
            participants.add(address.normalized());
            s.ticket = replace(s.ticket, participants, s.ticket.links());
        }
        return ok(s.ticket);
    }

    private Ticket replace(Ticket t, Set<String> participants, List<Link> links) {
        return new Ticket(t.id(), t.externalRefs(), t.customer(), t.subject(), t.status(), t.urgency(), t.impact(),
                t.channel(), t.createdAt(), clock.instant(), t.lastCustomerContact(), t.lastAgentReply(),
                t.statusSince(), participants, t.tags(), links, t.version() + 1);
    }

    private StoredTicket require(String id) {
        StoredTicket s = tickets.get(new TicketId(id));
        if (s == null) {
            throw new NotFound("no ticket " + id);
        }
        return s;
    }

    private static SimResponse ok(Ticket t) {
        return SimResponse.json(200, TicketJson.ticket(t), "ETag", SimResponse.etag(t.version()));
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
