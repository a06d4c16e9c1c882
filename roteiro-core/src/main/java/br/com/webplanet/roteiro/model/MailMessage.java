package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A received mail message as the routine needs it: identity, threading headers, decoded text
 * and attachments by reference.
 *
 * @param messageId  the Message-ID (or a stable synthetic id when the message had none)
 * @param folder     the IMAP folder it was read from
 * @param uid        its IMAP UID in that folder
 * @param from       sender
 * @param to         recipients
 * @param subject    decoded subject
 * @param sentAt     Date header (or received date when missing)
 * @param inReplyTo  In-Reply-To, or null
 * @param references References, oldest first
 * @param text       readable text body (HTML turned to text)
 * @param attachments attachments by reference
 */
public record MailMessage(String messageId, String folder, long uid, MailAddress from, List<MailAddress> to,
                          String subject, Instant sentAt, String inReplyTo, List<String> references,
                          String text, List<AttachmentRef> attachments) {
    public MailMessage {
        Checks.requireText(messageId, "message id");
        to = Checks.copy(to);
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(sentAt, "sentAt is null");
        references = Checks.copy(references);
        text = text == null ? "" : text;
        attachments = Checks.copy(attachments);
    }
}
