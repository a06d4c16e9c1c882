package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket (chamado) as the ticket system holds it.
 *
 * @param id                  the ticket system's id
 * @param externalRefs        where it came from / what it is linked to (mail Message-ID, GitHub issue…)
 * @param customer            who it is for
 * @param subject             one-line subject
 * @param status              current status
 * @param urgency             how soon the customer needs it
 * @param impact              how much it affects the customer
 * @param channel             where it came in
 * @param createdAt           when it was opened
 * @param updatedAt           last change of any kind
 * @param lastCustomerContact last message from the customer, or null
 * @param lastAgentReply      last reply from the team to the customer, or null
 * @param statusSince         when it entered its current status
 * @param participants        addresses allowed to write into this ticket by mail (normalised, lower case)
 * @param tags                free tags (e.g. {@code dev}, {@code textura})
 * @param links               links to issues, documents, other tickets
 * @param version             optimistic-concurrency version; a change with a stale version is refused
 */
public record Ticket(
        TicketId id,
        List<ExternalRef> externalRefs,
        CustomerRef customer,
        String subject,
        TicketStatus status,
        Urgency urgency,
        Impact impact,
        Channel channel,
        Instant createdAt,
        Instant updatedAt,
        Instant lastCustomerContact,
        Instant lastAgentReply,
        Instant statusSince,
        Set<String> participants,
        Set<String> tags,
        List<Link> links,
        long version) {

    public Ticket {
        Objects.requireNonNull(id, "id is null");
        externalRefs = Checks.copy(externalRefs);
        Objects.requireNonNull(customer, "customer is null");
        Checks.requireText(subject, "subject");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(urgency, "urgency is null");
        Objects.requireNonNull(impact, "impact is null");
        Objects.requireNonNull(channel, "channel is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(updatedAt, "updatedAt is null");
        if (statusSince == null) {
            statusSince = updatedAt;
        }
        participants = Checks.copy(participants);
        tags = Checks.copy(tags);
        links = Checks.copy(links);
    }

    public Optional<ExternalRef> externalRef(String system) {
        return externalRefs.stream().filter(r -> r.system().equals(system)).findFirst();
    }

    public boolean hasParticipant(MailAddress address) {
        return address != null && participants.contains(address.normalized());
    }

    public Ticket withStatus(TicketStatus newStatus, Instant at, long newVersion) {
        return new Ticket(id, externalRefs, customer, subject, newStatus, urgency, impact, channel, createdAt, at,
                lastCustomerContact, lastAgentReply, at, participants, tags, links, newVersion);
    }
}
