package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The decision intake took for one message, with its evidence (e.g. "References matched
 * &lt;roteiro.G3-12…&gt;", "Auto-Submitted: auto-replied"). Recorded in the journal (topic
 * {@code mail.decisions}) so later steps (G3stor review, ticket status) can read it.
 *
 * @param messageId   the Message-ID (for a second, different mail under the same Message-ID:
 *                    {@code <id>~<fingerprint>}, see {@code fingerprint})
 * @param priority    urgency/impact inferred for a new ticket, with evidence; null otherwise
 * @param fingerprint what tells this mail from another one with the same Message-ID: a digest of its Date
 *                    header, subject and text (16 hex digits of SHA-256); null when unknown
 * @param folder      the folder it was read from; with the Message-ID, the reference to the original that
 *                    survives archiving (the UID does not)
 */
public record MailDecision(String messageId, MailDisposition disposition, TicketId ticket, String evidence,
                           MailAddress from, String subject, Instant receivedAt, PriorityAssessment priority,
                           String fingerprint, String folder) {
    public MailDecision {
        Checks.requireText(messageId, "message id");
        Objects.requireNonNull(disposition, "disposition is null");
        evidence = evidence == null ? "" : evidence;
        subject = subject == null ? "" : subject;
    }

    /** A decision without priority, fingerprint or folder (plugins and tests written before they existed). */
    public MailDecision(String messageId, MailDisposition disposition, TicketId ticket, String evidence,
                        MailAddress from, String subject, Instant receivedAt) {
        this(messageId, disposition, ticket, evidence, from, subject, receivedAt, null, null, null);
    }

    public static final List<MailDisposition> CHANGES_TICKETS =
            List.of(MailDisposition.NEW_TICKET, MailDisposition.THREAD_REPLY);
}
