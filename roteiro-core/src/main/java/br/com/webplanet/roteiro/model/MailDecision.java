package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision intake took for one message, with its evidence (e.g. "References matched
 * &lt;roteiro.G3-12…&gt;", "Auto-Submitted: auto-replied"). Recorded in the journal (topic
 * {@code mail.decisions}) so later steps (G3stor review, ticket status) can read it.
 */
public record MailDecision(String messageId, MailDisposition disposition, TicketId ticket, String evidence,
                           MailAddress from, String subject, Instant receivedAt) {
    public MailDecision {
        Checks.requireText(messageId, "message id");
        Objects.requireNonNull(disposition, "disposition is null");
        evidence = evidence == null ? "" : evidence;
        subject = subject == null ? "" : subject;
    }

    public static final List<MailDisposition> CHANGES_TICKETS =
            List.of(MailDisposition.NEW_TICKET, MailDisposition.THREAD_REPLY);
}
