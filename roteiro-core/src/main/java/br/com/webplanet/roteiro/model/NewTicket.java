package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is needed to open a ticket. {@code externalRefs} must include the origin (mail
 * Message-ID, attendance id…) so that a ticket opened by a crashed run can be found again.
 */
public record NewTicket(
        List<ExternalRef> externalRefs,
        CustomerRef customer,
        String subject,
        String description,
        Urgency urgency,
        Impact impact,
        Channel channel,
        Set<String> participants,
        Set<String> tags) {

    public NewTicket {
        externalRefs = Checks.copy(externalRefs);
        Objects.requireNonNull(customer, "customer is null");
        Checks.requireText(subject, "subject");
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
        description = description == null ? "" : description;
        urgency = urgency == null ? Urgency.MEDIUM : urgency;
        impact = impact == null ? Impact.MEDIUM : impact;
        Objects.requireNonNull(channel, "channel is null");
        participants = Checks.copy(participants);
        tags = Checks.copy(tags);
    }
}
