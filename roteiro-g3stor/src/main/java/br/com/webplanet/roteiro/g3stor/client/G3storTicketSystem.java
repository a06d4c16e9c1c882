package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
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
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketQuery;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link TicketSystem} over G3stor's HTTP API ({@code docs/g3stor-api.md}). */
public final class G3storTicketSystem implements TicketSystem {
    private final G3storHttp http;
    private final int pageSize;

    public G3storTicketSystem(G3storHttp http, int pageSize) {
        this.http = Objects.requireNonNull(http, "http is null");
        this.pageSize = pageSize;
    }

    @Override
    public Optional<Ticket> get(TicketId id) {
        HttpResult r = http.call("GET", http.url(List.of("tickets", id.value()), Map.of()), null, Map.of());
        return r.status() == 404 ? Optional.empty() : Optional.of(TicketJson.ticket(http.expectJson(r)));
    }

    @Override
    public Optional<Ticket> findByExternalRef(ExternalRef ref) {
        try (Stream<Ticket> found = Pages.stream(http, http.url(List.of("tickets"),
                Map.of("externalRef", ref.system() + ":" + ref.value(), "limit", "1")), TicketJson::ticket)) {
            return found.findFirst();
        }
    }

    @Override
    public Stream<Ticket> search(TicketQuery query) {
        Map<String, String> q = new LinkedHashMap<>();
        if (!query.statuses().isEmpty()) {
            q.put("status", query.statuses().stream().map(TicketStatus::code).sorted().collect(Collectors.joining(",")));
        }
        q.put("updatedSince", query.updatedSince() == null ? null : query.updatedSince().toString());
        q.put("tag", query.tag());
        q.put("customerId", query.customerId());
        q.put("limit", Integer.toString(pageSize));
        return Pages.stream(http, http.url(List.of("tickets"), q), TicketJson::ticket);
    }

    @Override
    public Ticket open(NewTicket ticket, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        HttpResult r = http.call("POST", http.url(List.of("tickets"), Map.of()), TicketJson.newTicket(ticket),
                Map.of("Idempotency-Key", idempotencyKey));
        return TicketJson.ticket(http.expectJson(r));
    }

    @Override
    public Interaction addInteraction(TicketId id, NewInteraction interaction, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey is null");
        HttpResult r = http.call("POST", http.url(List.of("tickets", id.value(), "interactions"), Map.of()),
                TicketJson.newInteraction(interaction), Map.of("Idempotency-Key", idempotencyKey));
        return TicketJson.interaction(expectWrite(r, id));
    }

    @Override
    public List<Interaction> interactions(TicketId id, Instant since) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("since", since == null ? null : since.toString());
        q.put("limit", Integer.toString(pageSize));
        try (Stream<Interaction> all = Pages.stream(http, http.url(List.of("tickets", id.value(), "interactions"), q),
                TicketJson::interaction)) {
            return all.toList();
        } catch (RemoteException e) {
            if (e.status() == 404) {
                throw new NoSuchElementException("no ticket " + id + " in G3stor");
            }
            throw e;
        }
    }

    @Override
    public Ticket changeStatus(TicketId id, TicketStatus target, long expectedVersion, String note) {
        var body = Json.object().put("status", target.code());
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        HttpResult r = http.call("PATCH", http.url(List.of("tickets", id.value()), Map.of()), body,
                Map.of("If-Match", "\"" + expectedVersion + "\"", "Idempotency-Key", UUID.randomUUID().toString()));
        if (r.status() == 412) {
            JsonNode current = r.json() == null ? null : r.json().path("error").get("current");
            Ticket now = current != null && !current.isNull() ? TicketJson.ticket(current)
                    : get(id).orElseThrow(() -> new NoSuchElementException("no ticket " + id + " in G3stor"));
            throw new TicketConflictException(now, expectedVersion);
        }
        return TicketJson.ticket(expectWrite(r, id));
    }

    @Override
    public Ticket addLink(TicketId id, Link link) {
        var body = Json.object().put("kind", link.kind()).put("url", link.url().toString()).put("title", link.title());
        return TicketJson.ticket(expectWrite(post(List.of("tickets", id.value(), "links"), body), id));
    }

    @Override
    public Ticket addParticipant(TicketId id, MailAddress address) {
        var body = Json.object().put("email", address.address());
        return TicketJson.ticket(expectWrite(post(List.of("tickets", id.value(), "participants"), body), id));
    }

    @Override
    public Stream<Attendance> attendances(Instant from, Instant to) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("from", from.toString());
        q.put("to", to.toString());
        q.put("limit", Integer.toString(pageSize));
        return Pages.stream(http, http.url(List.of("attendances"), q), TicketJson::attendance);
    }

    @Override
    public Optional<Customer> customer(String id) {
        HttpResult r = http.call("GET", http.url(List.of("customers", id), Map.of()), null, Map.of());
        return r.status() == 404 ? Optional.empty() : Optional.of(TicketJson.customer(http.expectJson(r)));
    }

    @Override
    public Optional<Customer> customerByEmail(MailAddress email) {
        try (Stream<Customer> found = Pages.stream(http, http.url(List.of("customers"),
                Map.of("email", email.address())), TicketJson::customer)) {
            return found.findFirst();
        }
    }

    @Override
    public void flagContact(MailAddress email, String reason) {
        var body = Json.object().put("email", email.address()).put("reason", reason);
        HttpResult r = post(List.of("customers", "contacts", "flag"), body);
        if (!r.ok()) {
            throw http.refusal(r);
        }
    }

    private HttpResult post(List<String> path, JsonNode body) {
        return http.call("POST", http.url(path, Map.of()), body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private JsonNode expectWrite(HttpResult r, TicketId id) {
        if (r.status() == 404) {
            throw new NoSuchElementException("no ticket " + id + " in G3stor (" + r.operation() + ")");
        }
        if (r.status() == 409) {
            throw http.conflict(r);
        }
        return http.expectJson(r);
    }
}
