package br.com.webplanet.roteiro.textura.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Predicate;

/** Reads a tabular file one row at a time, so large files never sit whole in memory. */
public interface RowReader extends Closeable {
    /** The next non-blank row, or null at the end. */
    Row next() throws IOException;

    /** How many rows {@link #findHeader} looks at: exports often start with a title and a blank line. */
    int HEADER_SEARCH_ROWS = 10;

    /**
     * Skips title rows until the header: the first of the next {@link #HEADER_SEARCH_ROWS} rows
     * that {@code isHeader} accepts; when none does, the first row (null for an empty file), so the
     * caller can say which columns are missing.
     */
    static Row findHeader(RowReader reader, Predicate<Row> isHeader) throws IOException {
        Row first = null;
        for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
            Row row = reader.next();
            if (row == null || isHeader.test(row)) {
                return row == null ? first : row;
            }
            first = first == null ? row : first;
        }
        return first;
    }

    /**
     * A reader for {@code fileName}'s format: XLSX when the name ends in {@code .xlsx} or the bytes
     * are a ZIP archive, CSV otherwise.
     */
    static RowReader open(String fileName, InputStream in) throws IOException {
        return open(fileName, in, ReadLimits.DEFAULTS);
    }

    /** {@link #open(String, InputStream)} stopping at the first of {@code limits} passed. */
    static RowReader open(String fileName, InputStream in, ReadLimits limits) throws IOException {
        InputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (XlsxReader.isZip(magic) || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XlsxReader.open(buffered, fileName, limits);
        }
        return csv(fileName, buffered, limits);
    }

    /** A CSV reader over {@code in}, bounded by {@code limits} (the bytes read included). */
    static CsvReader csv(String fileName, InputStream in, ReadLimits limits) throws IOException {
        return new CsvReader(new DetectingReader(BoundedInput.file(in, limits, fileName)), limits);
    }
}
