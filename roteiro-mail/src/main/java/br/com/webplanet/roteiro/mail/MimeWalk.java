package br.com.webplanet.roteiro.mail;

import static br.com.webplanet.roteiro.mail.MessageReader.ID_LINE;
import static br.com.webplanet.roteiro.mail.ReadLimits.MAX_DEPTH;
import static br.com.webplanet.roteiro.mail.ReadLimits.MAX_PARTS;
import static br.com.webplanet.roteiro.mail.ReadLimits.MAX_PART_BYTES;
import static br.com.webplanet.roteiro.mail.ReadLimits.MAX_TICKET_TEXT_CHARS;
import static br.com.webplanet.roteiro.mail.MessageReader.bytes;
import static br.com.webplanet.roteiro.mail.MessageReader.fileName;
import static br.com.webplanet.roteiro.mail.MessageReader.firstValid;
import static br.com.webplanet.roteiro.mail.MessageReader.safe;

import br.com.webplanet.roteiro.model.AttachmentRef;
import br.com.webplanet.roteiro.model.MailAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Walks one message's MIME tree, collecting the text a person reads, attachments by reference, notes about
 * what was odd, and the facts of a delivery report. The body follows the MIME structure: in a
 * {@code multipart/alternative} the plain text is taken when it is the alternative of the HTML (and not
 * blank), otherwise the HTML converted to text; in any other multipart every inline text part counts, in
 * order (an HTML message with a plain-text signature part gives both). Depth, parts visited and the
 * whole text are bounded ({@link ReadLimits}); a part that fails becomes a note and a counted failure,
 * never an exception.
 */
final class MimeWalk {
    final String folder;
    final long uid;
    /** The readable text, in MIME order. */
    StringBuilder text = new StringBuilder();
    /** Charsets the text parts declare, in order (for raw 8-bit headers). */
    final List<String> charsets = new ArrayList<>();
    int textParts;
    int parts;
    boolean truncated;
    final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> failedRecipients = new ArrayList<>();
    final List<String> originalIds = new ArrayList<>();
    String diagnostic;
    boolean report;
    int failures;

    /** The message walked, and its text sections fetched in bulk for the chunk (see {@link TextPrefetch}). */
    private final jakarta.mail.Message top;
    private final TextPrefetch prefetch;
    /** Plan mode: only record the sections a ticket needs, download nothing. */
    private final boolean planOnly;
    final List<String> planned = new ArrayList<>();
    private int nestedLevel;

    MimeWalk(String folder, long uid) {
        this(folder, uid, null, TextPrefetch.current(), false);
    }

    private MimeWalk(String folder, long uid, jakarta.mail.Message top, TextPrefetch prefetch, boolean planOnly) {
        this.folder = folder;
        this.uid = uid;
        this.top = top;
        this.prefetch = prefetch;
        this.planOnly = planOnly;
    }

    /** A walk of {@code message} that uses the bulk-fetched text sections of its chunk. */
    static MimeWalk of(jakarta.mail.Message message, String folder, long uid) {
        return new MimeWalk(folder, uid, message, TextPrefetch.current(), false);
    }

    /**
     * The IMAP sections (outside attached messages) whose bytes reading {@code message} needs, from its
     * structure alone: the text parts the body rules pick, delivery-status and returned headers.
     */
    static List<String> plan(jakarta.mail.Message message) {
        MimeWalk w = new MimeWalk("", 0, message, TextPrefetch.current(), true);
        w.walk(message, "", 0);
        return w.planned;
    }

    /** The part's transfer-decoded bytes, from the chunk's bulk fetch when there, else from the server. */
    private byte[] content(Part part, String path, int cap) throws MessagingException, IOException {
        byte[] raw = nestedLevel == 0 && top != null ? prefetch.section(top, label(path)) : null;
        if (raw == null) {
            return bytes(part, cap);
        }
        String encoding = part instanceof jakarta.mail.internet.MimePart mp ? safe(mp::getEncoding) : null;
        String enc = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        if (enc.isEmpty() || enc.equals("7bit") || enc.equals("8bit") || enc.equals("binary")) {
            return capped(raw, cap);
        }
        if (enc.equals("quoted-printable")) {
            return QuotedPrintable.decode(raw, cap);
        }
        // Angus's decoder directly: MimeUtility.decode looks its StreamProvider up through the ServiceLoader each call
        java.io.ByteArrayInputStream encoded = new java.io.ByteArrayInputStream(raw);
        try (java.io.InputStream in = enc.equals("base64") ? new org.eclipse.angus.mail.util.BASE64DecoderStream(encoded)
                : jakarta.mail.internet.MimeUtility.decode(encoded, enc)) {
            return decoded(in, raw.length, cap);
        } catch (IOException | MessagingException | RuntimeException e) {
            return enc.equals("base64") ? MessageReader.lenientBase64(raw, cap) : capped(raw, cap);
        }
    }

    private static byte[] capped(byte[] raw, int cap) {
        return raw.length > cap ? java.util.Arrays.copyOf(raw, cap) : raw;
    }

    /**
     * Reads a decoder over {@code encodedLength} bytes, at most {@code cap}: base64 (like every transfer
     * encoding) never decodes to more bytes than it reads, so one buffer of that size usually holds it all (where
     * {@code readNBytes} grows 8 KB buffers and copies them).
     */
    private static byte[] decoded(java.io.InputStream in, int encodedLength, int cap) throws IOException {
        byte[] buffer = new byte[Math.max(16, Math.min(cap, encodedLength))];
        int n = 0;
        int r;
        while (n < cap) {
            if (n == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(cap, 2L * buffer.length));
            }
            if ((r = in.read(buffer, n, buffer.length - n)) < 0) {
                break;
            }
            n += r;
        }
        return n == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, n);
    }

    void walk(Part part, String path, int depth) {
        if (++parts > MAX_PARTS) {
            if (parts == MAX_PARTS + 1) {
                note("mais de " + MAX_PARTS + " partes MIME: as demais não foram lidas");
            }
            return;
        }
        if (depth > MAX_DEPTH) {
            note("partes aninhadas além do nível " + MAX_DEPTH + " foram ignoradas");
            return;
        }
        try {
            String ct = part.getContentType();
            String base = MailText.baseType(ct);
            String fileName = fileName(part, ct);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(safe(part::getDisposition)) || fileName != null;
            if (base.startsWith("multipart/")) {
                report |= base.equals("multipart/report");
                Object content = part.getContent();
                if (content instanceof Multipart mp) {
                    if (base.equals("multipart/alternative")) {
                        alternative(mp, path, depth);
                    } else {
                        for (int i = 0; i < mp.getCount() && parts <= MAX_PARTS; i++) {
                            walk(mp.getBodyPart(i), child(path, i), depth + 1);
                        }
                    }
                } else {
                    note("multipart sem estrutura legível na parte " + label(path));
                }
            } else if (base.equals("message/rfc822") && !(attachment && !report && fileName != null
                    && !fileName.toLowerCase(Locale.ROOT).endsWith(".eml"))) {
                nested(part, path, depth);
            } else if (planOnly && (base.equals("message/delivery-status") || base.equals("text/rfc822-headers"))) {
                planned.add(label(path));
            } else if (base.equals("message/delivery-status")) {
                deliveryStatus(new String(content(part, path, MAX_PART_BYTES), MailText.WINDOWS_1252));
            } else if (base.equals("text/rfc822-headers")) {
                Matcher m = ID_LINE.matcher(new String(content(part, path, MAX_PART_BYTES), MailText.WINDOWS_1252));
                while (m.find()) {
                    originalIds.add(m.group(1));
                }
            } else if ((base.equals("text/plain") || base.equals("text/html")) && !attachment) {
                if (planOnly) {
                    if (nestedLevel == 0) {
                        planned.add(label(path));
                    }
                    return;
                }
                text(part, ct, base, path);
            } else {
                attachment(part, base, fileName, path);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof ConnectionLostException lost) {
                throw lost;
            }
            if (ConnectionLostException.isConnectionLost(e)) {
                throw new ConnectionLostException("parte " + label(path), e);
            }
            failures++;
            note("parte " + label(path) + " ilegível: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String child(String path, int i) {
        return path.isEmpty() ? "" + (i + 1) : path + "." + (i + 1);
    }

    /** One text part, appended in order; nothing more is downloaded once the ticket text is full. */
    private void text(Part part, String ct, String base, String path) throws MessagingException, IOException {
        int room = MAX_TICKET_TEXT_CHARS - text.length();
        if (room <= 0) {
            truncated = true;
            return;
        }
        String charset = MailText.parameter(ct, "charset");
        if (charset != null) {
            charsets.add(charset);
        }
        byte[] raw = content(part, path, Math.min(MAX_PART_BYTES, room * 4));
        MailText.Decoded d = MailText.decode(raw, charset);
        if (d.note() != null) {
            note(d.note());
        }
        String t = base.equals("text/html") ? HtmlText.toText(d.text()) : d.text();
        if (t.isBlank()) {
            return;
        }
        textParts++;
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(t.strip());
    }

    /**
     * The one alternative a person reads: the plain text when it stands beside an HTML version and is not
     * blank, otherwise the richest readable one (the HTML, or a multipart holding it).
     */
    private void alternative(Multipart mp, String path, int depth) throws MessagingException {
        int plainAt = -1;
        int richAt = -1;
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            String b = MailText.baseType(safe(p::getContentType));
            if (b.equals("text/plain") && plainAt < 0) {
                plainAt = i;
            } else if (b.equals("text/html") || b.startsWith("multipart/")) {
                richAt = i;
            }
        }
        if (plainAt >= 0 && planOnly) {
            walk(mp.getBodyPart(plainAt), child(path, plainAt), depth + 1);
            return;
        }
        if (plainAt >= 0) {
            StringBuilder before = text;
            text = new StringBuilder();
            walk(mp.getBodyPart(plainAt), child(path, plainAt), depth + 1);
            StringBuilder plainText = text;
            text = before;
            if (!plainText.toString().isBlank() || richAt < 0) {
                append(plainText);
                return;
            }
        }
        if (richAt >= 0) {
            walk(mp.getBodyPart(richAt), child(path, richAt), depth + 1);
            return;
        }
        for (int i = 0; i < mp.getCount(); i++) {
            walk(mp.getBodyPart(i), child(path, i), depth + 1);
        }
    }

    private void append(CharSequence more) {
        if (more.length() == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(more);
    }

    private void nested(Part part, String path, int depth) throws MessagingException, IOException {
        if (planOnly) {
            return;
        }
        Object content = part.getContent();
        if (!(content instanceof MimeMessage inner)) {
            attachment(part, "message/rfc822", "mensagem.eml", path);
            return;
        }
        String id = safe(inner::getMessageID);
        if (report && id != null) {
            originalIds.add(id.trim());
            return;
        }
        text.append("\n\n---- Mensagem anexada ----\nDe: ").append(String.valueOf(firstValid(safe(inner::getFrom))))
                .append("\nAssunto: ").append(MailText.header(safe(inner::getSubject))).append("\n");
        nestedLevel++;
        try {
            walk(inner, path, depth + 1);
        } finally {
            nestedLevel--;
        }
    }

    private void deliveryStatus(String text) {
        for (String line : text.split("\\r?\\n")) {
            String l = line.trim();
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("final-recipient:") || lower.startsWith("original-recipient:")) {
                String value = l.substring(l.indexOf(':') + 1).trim();
                value = value.contains(";") ? value.substring(value.indexOf(';') + 1).trim() : value;
                if (MailAddress.isValid(value) && lower.startsWith("final-recipient:")) {
                    failedRecipients.add(value);
                }
            } else if (lower.startsWith("diagnostic-code:") && diagnostic == null) {
                diagnostic = l.substring(l.indexOf(':') + 1).trim();
            }
        }
    }

    private void attachment(Part part, String base, String fileName, String path) {
        int size = safe(part::getSize) == null ? -1 : safe(part::getSize);
        String name = fileName;
        if (name == null && base.equals("text/calendar")) {
            name = "convite.ics";
        }
        if (base.equals("text/calendar")) {
            note("convite de calendário anexado");
        }
        String location = "imap://" + folder + "/" + uid + "#" + label(path);
        attachments.add(new ParsedMail.Attachment(new AttachmentRef(name, base, Math.max(size, 0), location),
                part::getInputStream));
    }

    private void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    private static String label(String path) {
        return path.isEmpty() ? "1" : path;
    }
}
