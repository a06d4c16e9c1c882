package br.com.webplanet.roteiro.textura.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a tabular file one row at a time, so large files never sit whole in memory. */
public interface RowReader extends Closeable {
    /** The next non-blank row, or null at the end. */
    Row next() throws IOException;

    /**
     * A reader for {@code fileName}'s format: XLSX when the name ends in {@code .xlsx} or the bytes
     * are a ZIP archive, CSV otherwise.
     */
    static RowReader open(String fileName, InputStream in) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxReader.open(in);
        }
        return new CsvReader(new DetectingReader(in));
    }
}
