package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.textura.io.XlsxReader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Stream;

/** Romaneios in the first sheet of an XLSX workbook (one item per row), read row by row. */
public final class XlsxRomaneioParser implements RomaneioParser {
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    public XlsxRomaneioParser() {
        // no state
    }

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public boolean accepts(String fileName, String contentType, byte[] firstBytes) {
        return XlsxReader.isZip(firstBytes) && (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") || XLSX_TYPE.equalsIgnoreCase(contentType));
    }

    @Override
    public int priority() {
        return 5;
    }

    @Override
    public Stream<ParsedRomaneio> parse(InputStream in, ParseContext context) throws IOException {
        return TabularRomaneios.stream(XlsxReader.open(in, context.fileName(), context.limits()), context);
    }
}
