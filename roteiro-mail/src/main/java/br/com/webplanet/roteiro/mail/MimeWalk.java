package br.com.webplanet.roteiro.mail;

import static br.com.webplanet.roteiro.mail.MessageReader.ID_LINE;
import static br.com.webplanet.roteiro.mail.MessageReader.MAX_DEPTH;
import static br.com.webplanet.roteiro.mail.MessageReader.MAX_TEXT_BYTES;
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
 * Walks one message's MIME tree, collecting readable text (plain and HTML apart), attachments by
 * reference, notes about what was odd, and the facts of a delivery report. Depth is capped; a part that
 * fails becomes a note and a counted failure, never an exception.
 */
final class MimeWalk {
    final String folder;
    final long uid;
    final StringBuilder plain = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> failedRecipients = new ArrayList<>();
    final List<String> originalIds = new ArrayList<>();
    String diagnostic;
    boolean report;
    int failures;

    MimeWalk(String folder, long uid) {
        this.folder = folder;
        this.uid = uid;
    }

    void walk(Part part, String path, int depth) {
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
                    for (int i = 0; i < mp.getCount(); i++) {
                        walk(mp.getBodyPart(i), path.isEmpty() ? "" + (i + 1) : path + "." + (i + 1), depth + 1);
                    }
                } else {
                    note("multipart sem estrutura legível na parte " + label(path));
                }
            } else if (base.equals("message/rfc822") && !(attachment && !report && fileName != null
                    && !fileName.toLowerCase(Locale.ROOT).endsWith(".eml"))) {
                nested(part, path, depth);
            } else if (base.equals("message/delivery-status")) {
                deliveryStatus(new String(bytes(part, MAX_TEXT_BYTES), MailText.WINDOWS_1252));
            } else if (base.equals("text/rfc822-headers")) {
                Matcher m = ID_LINE.matcher(new String(bytes(part, MAX_TEXT_BYTES), MailText.WINDOWS_1252));
                while (m.find()) {
                    originalIds.add(m.group(1));
                }
            } else if ((base.equals("text/plain") || base.equals("text/html")) && !attachment) {
                byte[] raw = bytes(part, MAX_TEXT_BYTES);
                MailText.Decoded d = MailText.decode(raw, MailText.parameter(ct, "charset"));
                if (d.note() != null) {
                    note(d.note());
                }
                (base.equals("text/plain") ? plain : html).append(plain.length() > 0 ? "\n" : "").append(d.text());
            } else {
                attachment(part, base, fileName, path);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            failures++;
            note("parte " + label(path) + " ilegível: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void nested(Part part, String path, int depth) throws MessagingException, IOException {
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
        plain.append("\n\n---- Mensagem anexada ----\nDe: ").append(String.valueOf(firstValid(safe(inner::getFrom))))
                .append("\nAssunto: ").append(MailText.header(safe(inner::getSubject))).append("\n");
        walk(inner, path, depth + 1);
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
