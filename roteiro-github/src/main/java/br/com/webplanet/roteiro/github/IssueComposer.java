package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.NewIssue;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.sla.PriorityMatrix;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a ticket into the issue to create: repository by routing, title and body from the template with the
 * customer's personal data redacted, labels from priority and tags, assignees and milestone from config.
 */
final class IssueComposer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The issue to create and what was redacted from it. */
    record Draft(NewIssue issue, Map<PersonalDataRedactor.Kind, Integer> redactions) {}

    private final GitHubConfig config;
    private final TicketSystem tickets;
    private final PersonalDataRedactor redactor;
    private final PriorityMatrix matrix = PriorityMatrix.defaultMatrix();

    IssueComposer(GitHubConfig config, TicketSystem tickets, PersonalDataRedactor redactor) {
        this.config = requireNonNull(config, "config is null");
        this.tickets = requireNonNull(tickets, "tickets is null");
        this.redactor = requireNonNull(redactor, "redactor is null");
    }

    /** The repository a ticket's issue goes to: by customer, else by product tag, else the default. */
    String route(Ticket ticket) {
        String customerId = ticket.customer().id();
        if (customerId != null && config.routing().byCustomer().containsKey(customerId)) {
            return config.routing().byCustomer().get(customerId);
        }
        for (String tag : ticket.tags().stream().sorted().toList()) {
            if (config.routing().byProduct().containsKey(tag)) {
                return config.routing().byProduct().get(tag);
            }
        }
        return config.repository();
    }

    /** Every repository a ticket may be routed to (each is listed once per run for the sync back). */
    Set<String> repositories() {
        Set<String> all = new LinkedHashSet<>();
        all.add(config.repository());
        all.addAll(config.routing().byCustomer().values().stream().sorted().toList());
        all.addAll(config.routing().byProduct().values().stream().sorted().toList());
        return all;
    }

    /** Reads the ticket's first customer message from G3stor and builds the redacted issue. */
    Draft compose(Ticket ticket, Messages messages, ZoneId zone) {
        String description = tickets.interactions(ticket.id(), null).stream()
                .filter(i -> i.kind() == InteractionKind.CUSTOMER_MESSAGE)
                .map(Interaction::body).findFirst().orElse("");
        Priority priority = matrix.priority(ticket.urgency(), ticket.impact());
        // only what came from the ticket is redacted: the template's own words are not personal data
        List<String> names = personalNames(ticket);
        PersonalDataRedactor.Result title = redactor.redact(ticket.subject(), names);
        PersonalDataRedactor.Result text = redactor.redact(description.strip(), names);
        String body = messages.issueTemplate()
                .replace("{{ticket}}", ticket.id().value())
                .replace("{{subject}}", title.text())
                .replace("{{priority}}", priority.label().in(messages.locale()))
                .replace("{{createdAt}}", DATE.format(ticket.createdAt().atZone(zone)))
                .replace("{{description}}", text.text().isBlank() ? "—" : text.text());
        Map<PersonalDataRedactor.Kind, Integer> counts = new EnumMap<>(PersonalDataRedactor.Kind.class);
        title.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
        text.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
        NewIssue issue = new NewIssue(route(ticket), ticket.id(), "[" + ticket.id().value() + "] " + title.text(),
                body, labels(ticket, priority), config.assignees(), config.milestone().orElse(null));
        return new Draft(issue, counts);
    }

    private List<String> personalNames(Ticket ticket) {
        List<String> names = new ArrayList<>();
        names.add(ticket.customer().name());
        if (ticket.customer().contact() != null) {
            names.add(ticket.customer().contact().name());
        }
        if (ticket.customer().id() != null) {
            tickets.customer(ticket.customer().id()).ifPresent(c -> {
                names.add(c.name());
                c.contacts().stream().map(Contact::name).forEach(names::add);
            });
        }
        names.removeIf(n -> n == null || n.isBlank());
        return names;
    }

    private List<String> labels(Ticket ticket, Priority priority) {
        Set<String> labels = new LinkedHashSet<>();
        labels.add(config.labels().marker());
        String mapped = config.labels().priority().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(priority.name())).map(Map.Entry::getValue)
                .findFirst().orElse("prioridade:" + priority.label().ptBR());
        labels.add(mapped);
        for (String tag : ticket.tags().stream().sorted().toList()) {
            String label = config.labels().category().get(tag);
            if (label != null) {
                labels.add(label);
            }
        }
        return List.copyOf(labels);
    }
}
