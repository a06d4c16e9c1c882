package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send. The {@code messageId} is chosen by the caller (our own scheme, carrying
 * the ticket id) so that a re-run can look for it in the Sent folder before sending again.
 * Subject and header values are single-line: CR/LF are refused, so no header can be injected.
 *
 * @param to         recipients (at least one)
 * @param subject    single-line subject
 * @param text       plain-text body
 * @param html       optional HTML alternative, or null
 * @param messageId  the Message-ID to use, with angle brackets
 * @param inReplyTo  Message-ID this answers, or null
 * @param references thread, oldest first
 * @param headers    extra headers (e.g. {@code Auto-Submitted: auto-replied})
 * @param ticket     the ticket this mail belongs to, or null
 */
public record OutgoingMail(List<MailAddress> to, String subject, String text, String html, String messageId,
                           String inReplyTo, List<String> references, Map<String, String> headers, TicketId ticket) {
    public OutgoingMail {
        Checks.requireNonEmpty(to, "to");
        to = List.copyOf(to);
        Checks.requireText(subject, "subject");
        Checks.requireSingleLine(subject, "subject");
        text = text == null ? "" : text;
        Checks.requireText(messageId, "message id");
        Checks.requireSingleLine(messageId, "message id");
        Checks.requireSingleLine(inReplyTo, "In-Reply-To");
        references = Checks.copy(references);
        references.forEach(r -> Checks.requireSingleLine(r, "References"));
        headers = Checks.copy(headers);
        headers.forEach((k, v) -> {
            Checks.requireSingleLine(k, "header name");
            Checks.requireSingleLine(v, "header " + k);
        });
        Objects.requireNonNull(messageId);
    }
}
