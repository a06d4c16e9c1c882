package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.textura.io.RowReader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Romaneios exported as CSV (one item per line; {@code ;}, {@code ,} or tab; UTF-8 or windows-1252),
 * read as a stream.
 */
public final class CsvRomaneioParser implements RomaneioParser {
    @Inject
    public CsvRomaneioParser() {
        // no state
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public boolean accepts(String fileName, String contentType, byte[] firstBytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String type = contentType.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || type.startsWith("text/csv")
                || type.startsWith("application/csv") || type.startsWith("text/plain");
    }

    @Override
    public Stream<ParsedRomaneio> parse(InputStream in, ParseContext context) throws IOException {
        return TabularRomaneios.stream(RowReader.csv(context.fileName(), in, context.limits()), context);
    }
}
