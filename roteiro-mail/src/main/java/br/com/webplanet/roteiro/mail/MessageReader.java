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
    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]+>");
    /** The contents of {@code <…>} or {@code "…"} in a From header. */
    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>|\"([^\"]*)\"");
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
        return subjectOf(msg, MailText.charset(MailText.parameter(safe(msg::getContentType), "charset")));
    }

    /** The decoded subject; raw 8-bit bytes that are not UTF-8 are read with {@code bodyCharset}. */
    private static String subjectOf(Message msg, java.nio.charset.Charset bodyCharset) {
        String raw = safeHeader(msg, "Subject");
        String s = MailText.header(raw != null ? raw : safe(msg::getSubject), bodyCharset);
        return s == null ? "" : s;
    }

    /**
     * The sender a reply reaches: the From address; when From has none (empty, {@code <>}, a bare name),
     * an address written as From's display name, then Reply-To, Sender and the Return-Path.
     */
    static MailAddress senderOf(Message msg) {
        MailAddress from = firstValid(safe(msg::getFrom));
        if (from != null) {
            return from;
        }
        String rawFrom = safeHeader(msg, "From");
        if (rawFrom != null) {
            String decoded = MailText.header(rawFrom);
            List<String> candidates = new ArrayList<>();
            Matcher m = BRACKETED.matcher(decoded);
            while (m.find()) {
                candidates.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
            if (!decoded.contains("<") && !decoded.contains("\"")) {
                candidates.addAll(Arrays.asList(decoded.split("\\s+")));
            }
            for (String c : candidates) {
                String candidate = c.strip().replaceAll("\\.+$", "");
                if (MailAddress.isValid(candidate)) {
                    return new MailAddress(null, candidate);
                }
            }
        }
        MailAddress replyTo = firstValid(safe(msg::getReplyTo));
        if (replyTo != null && safeHeader(msg, "Reply-To") != null) {
            return replyTo;
        }
        for (String header : List.of("Sender", "Return-Path")) {
            String value = safeHeader(msg, header);
            if (value != null) {
                MailAddress a = firstValid(safe(() -> InternetAddress.parseHeader(value, false)));
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    ParsedMail read(Message msg, String folder, long uid) throws UnreadableMailException {
        MimeWalk body = MimeWalk.of(msg, folder, uid);
        body.walk(msg, "", 0);
        Message source = msg;
        if (unreadable(body) && !(msg instanceof LocalMessage)) {
            // the server could not give the structure (or a part): parse the raw message here, bounded
            MimeMessage local = local(msg);
            if (local != null) {
                MimeWalk again = new MimeWalk(folder, uid);
                again.walk(local, "", 0);
                if (!unreadable(again)) {
                    again.notes.add(0, "estrutura MIME lida localmente: o servidor não a forneceu");
                    body = again;
                    source = local;
                }
            }
        }
        ParsedMail mail = parsed(source, msg, folder, uid, body);
        if (unreadable(body)) {
            throw new UnreadableMailException("nenhuma parte legível: " + String.join("; ", body.notes), null, mail);
        }
        return mail;
    }

    private static boolean unreadable(MimeWalk body) {
        return body.failures > 0 && body.text.toString().isBlank() && body.attachments.isEmpty();
    }

    /** A message parsed locally from its raw bytes (so it is not parsed locally again). */
    private static final class LocalMessage extends MimeMessage {
        LocalMessage(byte[] raw) throws MessagingException {
            super(MailSessions.local(), new java.io.ByteArrayInputStream(raw));
        }
    }

    /** The raw message parsed here, at most {@link ReadLimits#MAX_LOCAL_PARSE_BYTES}; null when unavailable. */
    private static MimeMessage local(Message msg) {
        Integer size = safe(msg::getSize);
        if (size != null && size > ReadLimits.MAX_LOCAL_PARSE_BYTES) {
            return null;
        }
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            msg.writeTo(new java.io.OutputStream() {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (buffer.size() + len > ReadLimits.MAX_LOCAL_PARSE_BYTES) {
                        throw new IOException("raw message larger than " + ReadLimits.MAX_LOCAL_PARSE_BYTES);
                    }
                    buffer.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            });
            return new LocalMessage(buffer.toByteArray());
        } catch (IOException | MessagingException | RuntimeException e) {
            if (ConnectionLostException.isConnectionLost(e)) {
                throw new ConnectionLostException("mensagem bruta", e);
            }
            return null;
        }
    }

    private ParsedMail parsed(Message msg, Message original, String folder, long uid, MimeWalk body) {
        Map<String, String> headers = new HashMap<>();
        for (String name : HEADERS) {
            String v = safeHeader(msg, name);
            if (v != null) {
                headers.put(name.toLowerCase(Locale.ROOT), v);
            }
        }
        MailAddress from = senderOf(msg);
        List<MailAddress> to = valid(safe(() -> msg.getRecipients(Message.RecipientType.TO)));
        java.nio.charset.Charset bodyCharset = body.charsets.stream().map(MailText::charset)
                .filter(c -> c != null && !c.equals(MailText.WINDOWS_1252) && !c.equals(java.nio.charset.StandardCharsets.UTF_8))
                .findFirst().orElse(MailText.charset(MailText.parameter(safe(msg::getContentType), "charset")));
        String subject = subjectOf(msg, bodyCharset);
        Date date = safe(msg::getSentDate);
        if (date == null) {
            date = safe(original::getReceivedDate);
        }
        Instant sentAt = date == null ? now : date.toInstant();
        String messageId = identity(original);
        boolean synthetic = messageId.startsWith("<synthetic.");
        String inReplyTo = firstId(headers.get("in-reply-to"));
        List<String> references = ids(headers.get("references"));
        String contentType = MailText.baseType(safe(msg::getContentType));
        String text = body.text.toString();
        List<String> notes = new ArrayList<>(body.notes);
        if (body.truncated || text.length() > ReadLimits.MAX_TICKET_TEXT_CHARS) {
            text = text.substring(0, Math.min(text.length(), ReadLimits.MAX_TICKET_TEXT_CHARS));
            notes.add("texto cortado em " + ReadLimits.MAX_TICKET_TEXT_CHARS / 1024 + " KB; a mensagem completa fica no "
                    + "servidor IMAP (Message-ID " + messageId + ", pasta " + folder + ", UID " + uid
                    + "; após a triagem, na pasta de arquivo)");
        }
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
                notes, report);
    }

    static byte[] bytes(Part part, int cap) throws MessagingException, IOException {
        try {
            return read(part.getInputStream(), cap);
        } catch (IOException e) {
            String encoding = part instanceof jakarta.mail.internet.MimePart mp ? safe(mp::getEncoding) : null;
            if ("base64".equalsIgnoreCase(encoding == null ? null : encoding.trim())) {
                // truncated or corrupt base64: keep every whole quantum that decodes
                InputStream raw = part instanceof MimeMessage mm ? mm.getRawInputStream()
                        : ((jakarta.mail.internet.MimeBodyPart) part).getRawInputStream();
                return lenientBase64(read(raw, cap * 2), cap);
            }
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

    /** Base64 with garbage and a truncated tail tolerated: invalid characters skipped, the partial quantum dropped. */
    static byte[] lenientBase64(byte[] encoded, int cap) {
        StringBuilder clean = new StringBuilder(encoded.length);
        for (byte b : encoded) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                clean.append(c);
            } else if (c == '=') {
                break;
            }
        }
        clean.setLength(clean.length() - clean.length() % 4);
        byte[] decoded = java.util.Base64.getDecoder().decode(clean.toString());
        return decoded.length > cap ? Arrays.copyOf(decoded, cap) : decoded;
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
