package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link Message} (IMAP or local) into a {@link ParsedMail}: decoded headers, readable text
 * (plain preferred, HTML turned to text, forwarded messages included), attachments by reference. Only
 * text parts are downloaded; attachments are never read here. A part that cannot be read becomes a note;
 * a message with nothing readable is {@link UnreadableMailException unreadable}.
 */
final class MessageReader {
    /** The headers intake reads, fetched in bulk with the envelope. */
    static final List<String> HEADERS = List.of("Subject", "References", "In-Reply-To", "Auto-Submitted", "Precedence",
            "X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond", "List-Unsubscribe", "List-Id",
            "Return-Path", "X-Failed-Recipients", "Cc", "List-Post", "Authentication-Results",
            "X-MS-Exchange-Inbox-Rules-Loop", "X-MS-Exchange-Organization-AutoReply",
            "X-MS-Exchange-Generated-Message-Source", "Date");
    static final int MAX_DEPTH = 12;
    static final int MAX_TEXT_BYTES = 512 * 1024;
    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]+>");
    static final Pattern ID_LINE = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^<>\\s]+>)");
    private final Instant now;

    MessageReader(Instant now) {
        this.now = now;
    }

    /** The Message-ID, or the synthetic id {@link #read} would give (from the bulk-fetched envelope only). */
    String identity(Message msg) {
        String rawId = msg instanceof MimeMessage mm ? safe(mm::getMessageID) : safeHeader(msg, "Message-ID");
        String messageId = firstId(rawId);
        if (messageId == null && rawId != null && !rawId.isBlank()) {
            messageId = "<" + rawId.replaceAll("[\\s<>]", "") + ">";
        }
        if (messageId != null) {
            return messageId;
        }
        MailAddress from = firstValid(safe(() -> msg.getFrom()));
        Date date = safe(msg::getSentDate);
        return MessageIds.synthetic(from == null ? "" : from.normalized(), String.valueOf(date),
                subjectOf(msg), String.valueOf(safe(msg::getSize)));
    }

    /**
     * The decoded subject. Decoded here from the raw header (fetched in bulk) rather than by
     * {@code getSubject()}: jakarta.mail 2.1 looks its stream provider up through the ServiceLoader on
     * every encoded word, which cost about a fifth of intake time in the benchmark.
     */
    String subjectOf(Message msg) {
        String raw = safeHeader(msg, "Subject");
        String s = MailText.header(raw != null ? raw : safe(msg::getSubject));
        return s == null ? "" : s;
    }

    ParsedMail read(Message msg, String folder, long uid) throws UnreadableMailException {
        Map<String, String> headers = new HashMap<>();
        for (String name : HEADERS) {
            String v = safeHeader(msg, name);
            if (v != null) {
                headers.put(name.toLowerCase(Locale.ROOT), v);
            }
        }
        MailAddress from = firstValid(safe(() -> msg.getFrom()));
        List<MailAddress> to = valid(safe(() -> msg.getRecipients(Message.RecipientType.TO)));
        String subject = subjectOf(msg);
        Date date = safe(msg::getSentDate);
        if (date == null) {
            date = safe(msg::getReceivedDate);
        }
        Instant sentAt = date == null ? now : date.toInstant();
        String messageId = identity(msg);
        boolean synthetic = messageId.startsWith("<synthetic.");
        String inReplyTo = firstId(headers.get("in-reply-to"));
        List<String> references = ids(headers.get("references"));

        MimeWalk body = new MimeWalk(folder, uid);
        body.walk(msg, "", 0);
        String contentType = MailText.baseType(safe(msg::getContentType));
        if (body.failures > 0 && body.plain.isEmpty() && body.html.isEmpty() && body.attachments.isEmpty()) {
            throw new UnreadableMailException("nenhuma parte legível: " + String.join("; ", body.notes), null);
        }
        String text = body.plain.toString().isBlank() ? HtmlText.toText(body.html.toString()) : body.plain.toString();
        ParsedMail.DeliveryReport report = null;
        String failedHeader = headers.get("x-failed-recipients");
        if (body.report || failedHeader != null || !body.failedRecipients.isEmpty()) {
            if (failedHeader != null) {
                Arrays.stream(failedHeader.split("[,\\s]+")).filter(MailAddress::isValid).forEach(body.failedRecipients::add);
            }
            Matcher m = ID_LINE.matcher(text);
            while (m.find()) {
                body.originalIds.add(m.group(1));
            }
            report = new ParsedMail.DeliveryReport(body.failedRecipients.stream().distinct().toList(),
                    body.originalIds.stream().distinct().toList(), body.diagnostic);
        }
        return new ParsedMail(messageId, synthetic, folder, uid, from, headers.get("return-path"), to,
                subject, sentAt, inReplyTo, references, headers, contentType, text.strip(), body.attachments,
                body.notes, report);
    }

    static byte[] bytes(Part part, int cap) throws MessagingException, IOException {
        try {
            return read(part.getInputStream(), cap);
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).startsWith("Unknown encoding")) {
                throw e;
            }
            if (part instanceof MimeMessage mm) {
                return read(mm.getRawInputStream(), cap);
            }
            if (part instanceof jakarta.mail.internet.MimeBodyPart bp) {
                return read(bp.getRawInputStream(), cap);
            }
            throw e;
        }
    }

    private static byte[] read(InputStream stream, int cap) throws IOException {
        try (InputStream in = stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < cap && (n = in.read(buffer, 0, Math.min(buffer.length, cap - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static String fileName(Part part, String contentType) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            name = MailText.parameter(contentType, "name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        name = MailText.header(name);
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    static MailAddress firstValid(Address[] addresses) {
        List<MailAddress> all = valid(addresses);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<MailAddress> valid(Address[] addresses) {
        List<MailAddress> out = new ArrayList<>();
        if (addresses != null) {
            for (Address a : addresses) {
                if (a instanceof InternetAddress ia && MailAddress.isValid(ia.getAddress())) {
                    out.add(new MailAddress(MailText.header(ia.getPersonal()), ia.getAddress()));
                }
            }
        }
        return out;
    }

    static String firstId(String value) {
        List<String> all = ids(value);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<String> ids(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            Matcher m = ANGLE_ID.matcher(value);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String safeHeader(Message msg, String name) {
        String[] values = safe(() -> msg.getHeader(name));
        return values == null || values.length == 0 ? null : String.join(", ", values);
    }

    @FunctionalInterface
    interface Read<T> {
        T get() throws Exception;
    }

    static <T> T safe(Read<T> read) {
        try {
            return read.get();
        } catch (Exception e) {
            return null;
        }
    }
}
