package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.MailAddress;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The simulator's customers and attendances (state guarded by the simulator's lock). */
final class CustomerResources {
    private final Pages pages;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final List<Attendance> attendances = new ArrayList<>();

    CustomerResources(Pages pages) {
        this.pages = pages;
    }

    void register(Router router) {
        router.add("GET", "/customers", this::list)
                .add("GET", "/customers/{id}", r -> {
                    Customer c = customers.get(r.param(0));
                    if (c == null) {
                        throw new NotFound("no customer " + r.param(0));
                    }
                    return SimResponse.json(200, TicketJson.customer(c));
                })
                .add("POST", "/customers/contacts/flag", this::flag)
                .add("GET", "/attendances", this::attendances);
    }

    void put(Customer customer) {
        customers.put(customer.id(), customer);
    }

    void put(Attendance attendance) {
        attendances.add(attendance);
    }

    Customer customer(String id) {
        return customers.get(id);
    }

    private SimResponse list(SimRequest r) {
        String email = r.query("email");
        String document = r.query("document");
        if (email == null && document == null) {
            throw new BadRequest("give email or document");
        }
        List<Pages.Entry> entries = new ArrayList<>();
        long seq = 0;
        for (Customer c : customers.values()) {
            seq++;
            boolean byEmail = email != null && c.contacts().stream().anyMatch(k -> k.email() != null
                    && k.email().address().equalsIgnoreCase(email.trim()));
            boolean byDocument = document != null && c.document() != null && !digits(document).isEmpty()
                    && digits(c.document()).equals(digits(document));
            if (byEmail || byDocument) {
                entries.add(new Pages.Entry(seq, TicketJson.customer(c)));
            }
        }
        return pages.page(r, entries);
    }

    private SimResponse flag(SimRequest r) {
        String email = Json.text(r.body(), "email");
        String reason = Json.text(r.body(), "reason");
        if (email == null || !MailAddress.isValid(email)) {
            return SimResponse.error(422, "validation", "email is not a valid address", Map.of("email", "invalid"),
                    null);
        }
        for (Customer c : List.copyOf(customers.values())) {
            List<Contact> contacts = c.contacts().stream()
                    .map(k -> k.email() != null && k.email().address().equalsIgnoreCase(email)
                            ? new Contact(k.name(), k.email(), k.phone(), reason) : k)
                    .toList();
            customers.put(c.id(), new Customer(c.id(), c.name(), c.document(), contacts, c.contract()));
        }
        return SimResponse.noContent();
    }

    private SimResponse attendances(SimRequest r) {
        if (r.query("from") == null || r.query("to") == null) {
            throw new BadRequest("from and to are required");
        }
        Instant from = Params.instant(r.query("from"), "from");
        Instant to = Params.instant(r.query("to"), "to");
        List<Pages.Entry> entries = new ArrayList<>();
        for (int i = 0; i < attendances.size(); i++) {
            Attendance a = attendances.get(i);
            if (!a.at().isBefore(from) && a.at().isBefore(to)) {
                ObjectNode node = TicketJson.attendance(a);
                entries.add(new Pages.Entry(i, node));
            }
        }
        return pages.page(r, entries);
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }
}
