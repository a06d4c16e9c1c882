package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.AttachmentRef;
import br.com.webplanet.roteiro.model.MailAddress;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received message as intake reads it: identity, the headers classification looks at, readable text,
 * attachments by reference (with a way to stream one) and, for delivery reports, what bounced.
 *
 * @param messageId   Message-ID, or a stable synthetic id ({@code syntheticId})
 * @param from        sender, or null when it has no valid address
 * @param returnPath  Return-Path as received ({@code <>} for bounces), or null
 * @param headers     the few headers read, by lower-case name
 * @param contentType top-level MIME type, lower case
 * @param notes       what was odd about the message (guessed charset, truncated text…), for the ticket
 * @param report      what a delivery status notification says, or null
 */
record ParsedMail(String messageId, boolean syntheticId, String folder, long uid, MailAddress from,
                  String returnPath, List<MailAddress> to, String subject, Instant sentAt, String inReplyTo,
                  List<String> references, Map<String, String> headers, String contentType, String text,
                  List<Attachment> attachments, List<String> notes, DeliveryReport report) {
    ParsedMail {
        to = List.copyOf(to);
        references = List.copyOf(references);
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    /** A header value by name (any case), or null. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** An attachment by reference; {@code content} streams it from the server when needed. */
    record Attachment(AttachmentRef ref, Content content) {}

    /** Opens an attachment's (transfer-decoded) bytes. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws Exception;
    }

    /**
     * The machine-readable part of a bounce.
     *
     * @param failedRecipients  addresses whose delivery failed
     * @param originalMessageIds Message-IDs of the mail that bounced (from the returned headers)
     * @param diagnostic        the server's reason, first line
     */
    record DeliveryReport(List<String> failedRecipients, List<String> originalMessageIds, String diagnostic) {
        DeliveryReport {
            failedRecipients = List.copyOf(failedRecipients);
            originalMessageIds = List.copyOf(originalMessageIds);
            diagnostic = diagnostic == null ? "" : diagnostic;
        }
    }
}
