package br.com.webplanet.roteiro.g3stor.wire;

import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.ServiceContract;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewInteraction;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The ticket, interaction, customer and attendance documents of {@code docs/g3stor-api.md}, in canonical names. */
public final class TicketJson {
    private TicketJson() {}

    public static ObjectNode ticket(Ticket t) {
        ObjectNode n = Json.object();
        n.put("id", t.id().value());
        n.set("externalRefs", refs(t.externalRefs()));
        n.set("customer", customerRef(t.customer()));
        n.put("subject", t.subject());
        n.put("status", t.status().code());
        n.put("urgency", t.urgency().level());
        n.put("impact", t.impact().level());
        n.put("channel", t.channel().name());
        Json.put(n, "createdAt", t.createdAt());
        Json.put(n, "updatedAt", t.updatedAt());
        Json.put(n, "lastCustomerContact", t.lastCustomerContact());
        Json.put(n, "lastAgentReply", t.lastAgentReply());
        Json.put(n, "statusSince", t.statusSince());
        n.set("participants", Json.array(t.participants()));
        n.set("tags", Json.array(t.tags()));
        ArrayNode links = n.putArray("links");
        t.links().forEach(l -> links.addObject().put("kind", l.kind()).put("url", l.url().toString())
                .put("title", l.title()));
        n.put("version", t.version());
        return n;
    }

    public static Ticket ticket(JsonNode n) {
        List<Link> links = new ArrayList<>();
        n.path("links").forEach(l -> links.add(new Link(Json.text(l, "kind"), URI.create(Json.text(l, "url")),
                Json.text(l, "title"))));
        return new Ticket(new TicketId(Json.text(n, "id")), refs(n.path("externalRefs")), customerRef(n.get("customer")),
                Json.text(n, "subject"), TicketStatus.fromCode(Json.text(n, "status")),
                Urgency.ofLevel(n.path("urgency").asInt()), Impact.ofLevel(n.path("impact").asInt()),
                Channel.valueOf(Json.text(n, "channel")), Json.instant(n, "createdAt"), Json.instant(n, "updatedAt"),
                Json.instant(n, "lastCustomerContact"), Json.instant(n, "lastAgentReply"),
                Json.instant(n, "statusSince"), new HashSet<>(Json.texts(n, "participants")),
                new HashSet<>(Json.texts(n, "tags")), links, n.path("version").asLong());
    }

    public static ObjectNode newTicket(NewTicket t) {
        ObjectNode n = Json.object();
        n.set("externalRefs", refs(t.externalRefs()));
        n.set("customer", customerRef(t.customer()));
        n.put("subject", t.subject());
        n.put("description", t.description());
        n.put("urgency", t.urgency().level());
        n.put("impact", t.impact().level());
        n.put("channel", t.channel().name());
        n.set("participants", Json.array(t.participants()));
        n.set("tags", Json.array(t.tags()));
        return n;
    }

    public static NewTicket newTicket(JsonNode n) {
        return new NewTicket(refs(n.path("externalRefs")), customerRef(n.get("customer")), Json.text(n, "subject"),
                Json.text(n, "description"), n.has("urgency") ? Urgency.ofLevel(n.get("urgency").asInt()) : null,
                n.has("impact") ? Impact.ofLevel(n.get("impact").asInt()) : null,
                Channel.valueOf(Json.text(n, "channel")), new HashSet<>(Json.texts(n, "participants")),
                new HashSet<>(Json.texts(n, "tags")));
    }

    public static ObjectNode interaction(Interaction i) {
        ObjectNode n = Json.object();
        n.put("id", i.id());
        n.put("ticketId", i.ticket().value());
        n.put("kind", i.kind().name());
        n.put("author", i.author());
        n.put("body", i.body());
        Json.put(n, "at", i.at());
        n.put("externalRef", i.externalRef());
        return n;
    }

    public static Interaction interaction(JsonNode n) {
        return new Interaction(Json.text(n, "id"), new TicketId(Json.text(n, "ticketId")),
                InteractionKind.valueOf(Json.text(n, "kind")), Json.text(n, "author"), Json.text(n, "body"),
                Json.instant(n, "at"), Json.text(n, "externalRef"));
    }

    public static ObjectNode newInteraction(NewInteraction i) {
        ObjectNode n = Json.object();
        n.put("kind", i.kind().name());
        n.put("author", i.author());
        n.put("body", i.body());
        Json.put(n, "at", i.at());
        n.put("externalRef", i.externalRef());
        return n;
    }

    public static NewInteraction newInteraction(JsonNode n) {
        return new NewInteraction(InteractionKind.valueOf(Json.text(n, "kind")), Json.text(n, "author"),
                Json.text(n, "body"), Json.instant(n, "at"), Json.text(n, "externalRef"));
    }

    public static ObjectNode customer(Customer c) {
        ObjectNode n = Json.object().put("id", c.id()).put("name", c.name()).put("document", c.document());
        ArrayNode contacts = n.putArray("contacts");
        c.contacts().forEach(k -> contacts.addObject().put("name", k.name())
                .put("email", k.email() == null ? null : k.email().address()).put("phone", k.phone())
                .put("flaggedReason", k.flaggedReason()));
        ServiceContract contract = c.contract();
        if (contract != null) {
            ObjectNode k = n.putObject("contract").put("tier", contract.tier());
            if (contract.minUrgency() != null) {
                k.put("minUrgency", contract.minUrgency().level());
            }
            if (contract.minImpact() != null) {
                k.put("minImpact", contract.minImpact().level());
            }
        }
        return n;
    }

    /** The customer's contract ({@code contract: {tier, minUrgency, minImpact}}), or null when it has none. */
    static ServiceContract contract(JsonNode n) {
        JsonNode k = n.get("contract");
        if (k == null || !k.isObject() || Json.text(k, "tier") == null || Json.text(k, "tier").isBlank()) {
            return null;
        }
        return new ServiceContract(Json.text(k, "tier"),
                k.hasNonNull("minUrgency") ? Urgency.ofLevel(k.get("minUrgency").asInt()) : null,
                k.hasNonNull("minImpact") ? Impact.ofLevel(k.get("minImpact").asInt()) : null);
    }

    public static Customer customer(JsonNode n) {
        List<Contact> contacts = new ArrayList<>();
        n.path("contacts").forEach(k -> {
            String email = Json.text(k, "email");
            contacts.add(new Contact(Json.text(k, "name"), email == null ? null : MailAddress.of(email),
                    Json.text(k, "phone"), Json.text(k, "flaggedReason")));
        });
        return new Customer(Json.text(n, "id"), Json.text(n, "name"), Json.text(n, "document"), contacts, contract(n));
    }

    public static ObjectNode attendance(Attendance a) {
        ObjectNode n = Json.object().put("id", a.id()).put("channel", a.channel().name());
        Json.put(n, "at", a.at());
        n.set("customer", customerRef(a.customer()));
        n.put("agent", a.agent()).put("summary", a.summary()).put("outcome", a.outcome().name())
                .put("ticketId", a.ticket() == null ? null : a.ticket().value());
        return n;
    }

    public static Attendance attendance(JsonNode n) {
        String ticket = Json.text(n, "ticketId");
        return new Attendance(Json.text(n, "id"), Channel.valueOf(Json.text(n, "channel")), Json.instant(n, "at"),
                customerRef(n.get("customer")), Json.text(n, "agent"), Json.text(n, "summary"),
                AttendanceOutcome.valueOf(Json.text(n, "outcome")), ticket == null ? null : new TicketId(ticket));
    }

    static ObjectNode customerRef(CustomerRef c) {
        ObjectNode n = Json.object().put("id", c.id()).put("name", c.name());
        if (c.contact() == null) {
            n.putNull("contact");
        } else {
            n.putObject("contact").put("name", c.contact().name()).put("email", c.contact().address());
        }
        return n;
    }

    static CustomerRef customerRef(JsonNode n) {
        JsonNode contact = n.get("contact");
        MailAddress address = contact == null || contact.isNull() ? null
                : new MailAddress(Json.text(contact, "name"), Json.text(contact, "email"));
        return new CustomerRef(Json.text(n, "id"), Json.text(n, "name"), address);
    }

    static ArrayNode refs(List<ExternalRef> refs) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        refs.forEach(r -> a.addObject().put("system", r.system()).put("value", r.value()));
        return a;
    }

    static List<ExternalRef> refs(JsonNode n) {
        List<ExternalRef> out = new ArrayList<>();
        n.forEach(r -> out.add(new ExternalRef(Json.text(r, "system"), Json.text(r, "value"))));
        return out;
    }
}
