package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which mail carries documents for Textura (romaneios, architect spreadsheets).
 *
 * @param senders     sender addresses ({@code logistica@x.com.br}) or whole domains ({@code @x.com.br})
 * @param attachments regular expressions (case-insensitive) the attachment's file name must match
 */
public record AttachmentRoute(List<String> senders, List<String> attachments) {
    public AttachmentRoute {
        senders = senders == null ? List.of() : senders.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        attachments.forEach(Pattern::compile);
    }

    public static AttachmentRoute none() {
        return new AttachmentRoute(List.of(), List.of());
    }

    /** Whether mail from {@code from} is routed here. */
    public boolean fromSender(MailAddress from) {
        if (from == null) {
            return false;
        }
        String address = from.normalized();
        return senders.stream().anyMatch(s -> s.startsWith("@") ? address.endsWith(s) : address.equals(s));
    }

    /** Whether an attachment named {@code fileName} is one of the documents. */
    public boolean matchesFile(String fileName) {
        return fileName != null && attachments.stream()
                .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(fileName).matches());
    }
}
