package br.com.webplanet.roteiro.model;

import java.util.Base64;

/**
 * A document one step hands to another through the journal (e.g. a romaneio attached to a
 * mail). Content is kept inline, Base64, so it survives the mail being archived; intake caps
 * its size.
 *
 * @param id            stable id (e.g. Message-ID + part number)
 * @param source        where it came from, for the report (e.g. "mail &lt;id&gt; from x@y")
 * @param fileName      decoded file name
 * @param contentType   MIME type
 * @param contentBase64 the bytes, Base64
 * @param ticket        ticket it belongs to, or null
 */
public record HandoffDocument(String id, String source, String fileName, String contentType, String contentBase64,
                              TicketId ticket) {
    public HandoffDocument {
        Checks.requireText(id, "document id");
        Checks.requireText(fileName, "file name");
        contentType = contentType == null ? "application/octet-stream" : contentType;
        contentBase64 = contentBase64 == null ? "" : contentBase64;
    }

    public byte[] content() {
        return Base64.getDecoder().decode(contentBase64);
    }

    public static HandoffDocument of(String id, String source, String fileName, String contentType, byte[] bytes,
                                     TicketId ticket) {
        return new HandoffDocument(id, source, fileName, contentType, Base64.getEncoder().encodeToString(bytes), ticket);
    }
}
