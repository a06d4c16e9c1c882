package br.com.webplanet.roteiro.textura.romaneios;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Reads one layout of romaneio document (a CSV export, an XLSX sheet, an NF-e XML…). A new layout
 * is a plugin: implement this interface and add it in a Guice module with
 * {@code Multibinder.newSetBinder(binder(), RomaneioParser.class).addBinding().to(MyParser.class)};
 * step {@code textura.romaneios} asks every bound parser and uses the one with the highest
 * {@link #priority()} that {@linkplain #accepts accepts} the document.
 *
 * <p>Parsers must stream: {@link #parse} returns a lazy {@link Stream}, so a file with tens of
 * thousands of lines is read one romaneio at a time. A romaneio that cannot be read completely is
 * returned as {@link ParsedRomaneio#invalid invalid} with its problems, never dropped.
 */
public interface RomaneioParser {
    /** A short name for reports and logs, e.g. {@code csv}, {@code nfe}. */
    String name();

    /**
     * Whether this parser reads the document.
     *
     * @param fileName    the document's file name
     * @param contentType its MIME type, or {@code application/octet-stream} when unknown
     * @param firstBytes  its first bytes (up to {@link #SNIFF_BYTES})
     */
    boolean accepts(String fileName, String contentType, byte[] firstBytes);

    /** Among the parsers that accept a document, the highest priority wins; built-ins use 0 to 10. */
    default int priority() {
        return 0;
    }

    /**
     * Reads the document lazily. The returned stream owns {@code in}: closing the stream closes it.
     * An unreadable document may throw here or, when it is found out later, an
     * {@link java.io.UncheckedIOException} from the stream.
     */
    Stream<ParsedRomaneio> parse(InputStream in, ParseContext context) throws IOException;

    /** How many leading bytes {@link #accepts} is shown. */
    int SNIFF_BYTES = 1024;
}
