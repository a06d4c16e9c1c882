package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.spi.PendingRomaneio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document romaneios are read from.
 *
 * @param kind        where it lives
 * @param id          file path, hand-off document id or G3stor pending id
 * @param fileName    file name
 * @param contentType MIME type
 * @param label       how the report names it
 * @param opener      opens its content
 * @param pending     the G3stor document, for {@link Kind#G3STOR}
 */
record RomaneioSource(Kind kind, String id, String fileName, String contentType, String label, Opener opener,
                      PendingRomaneio pending) {
    RomaneioSource {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(id, "id is null");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }

    /**
     * What the tasks about this document are keyed by across runs ({@code file:<name>},
     * {@code mail:<hand-off id>}, {@code g3stor:<pending id>}): the same document seen on another
     * day is the same subject.
     */
    String subject() {
        return switch (kind) {
            case FILE -> "file:" + fileName;
            case MAIL -> "mail:" + id;
            case G3STOR -> "g3stor:" + id;
        };
    }

    static RomaneioSource file(Path path) {
        return new RomaneioSource(Kind.FILE, path.toString(), path.getFileName().toString(), null,
                path.getFileName().toString(), () -> java.nio.file.Files.newInputStream(path), null);
    }

    /** Where the document is kept until its romaneios are keyed. */
    enum Kind {
        /** A file in the drop folder: moved to the done folder. */
        FILE,
        /** An attachment routed by {@code mail.triage}: marked done in the journal. */
        MAIL,
        /** A document G3stor lists as pending: marked keyed in G3stor. */
        G3STOR
    }

    /** Opens a document's content. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
