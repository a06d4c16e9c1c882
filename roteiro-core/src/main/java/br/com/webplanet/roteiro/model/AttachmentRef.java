package br.com.webplanet.roteiro.model;

/**
 * An attachment kept by reference, never loaded whole: where it lives ({@code location}, e.g.
 * {@code imap://INBOX/42#2} or a file path), its decoded file name, MIME type and size in bytes.
 */
public record AttachmentRef(String fileName, String contentType, long size, String location) {
    public AttachmentRef {
        fileName = fileName == null || fileName.isBlank() ? "anexo" : fileName;
        contentType = contentType == null ? "application/octet-stream" : contentType;
        Checks.requireText(location, "attachment location");
    }
}
