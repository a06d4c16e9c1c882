package br.com.webplanet.roteiro.g3stor.testing;

import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Link;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Seed tickets for tests: {@code ticket("G3-1", status).since(...).build()}. */
public final class Tickets {
    private String id;
    private TicketStatus status;
    private Instant created = Instant.parse("2026-11-02T12:00:00Z");
    private Instant statusSince = created;
    private Instant lastCustomer = created;
    private Instant lastAgent;
    private Urgency urgency = Urgency.MEDIUM;
    private Impact impact = Impact.MEDIUM;
    private List<Link> links = List.of();
    private long version = 1;

    public static Tickets ticket(String id, TicketStatus status) {
        Tickets t = new Tickets();
        t.id = id;
        t.status = status;
        return t;
    }

    public Tickets created(String instant) {
        this.created = Instant.parse(instant);
        return this;
    }

    public Tickets since(String instant) {
        this.statusSince = Instant.parse(instant);
        return this;
    }

    public Tickets customerWrote(String instant) {
        this.lastCustomer = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public Tickets weWrote(String instant) {
        this.lastAgent = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public Tickets priority(Urgency u, Impact i) {
        this.urgency = u;
        this.impact = i;
        return this;
    }

    public Tickets links(Link... value) {
        this.links = List.of(value);
        return this;
    }

    public Tickets version(long value) {
        this.version = value;
        return this;
    }

    public Ticket build() {
        MailAddress contact = new MailAddress("Joana Conceição", "joana@cliente.com.br");
        Instant updated = statusSince.isAfter(created) ? statusSince : created;
        return new Ticket(new TicketId(id), List.of(), new CustomerRef("C-1", "Cliente Exemplo", contact),
                "Relatório de vendas não abre", status, urgency, impact, Channel.EMAIL, created, updated, lastCustomer,
                lastAgent, statusSince, Set.of(contact.normalized()), Set.of("suporte"), links, version);
    }
}
