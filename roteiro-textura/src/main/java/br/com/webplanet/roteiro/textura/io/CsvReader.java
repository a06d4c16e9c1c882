package br.com.webplanet.roteiro.textura.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A streaming RFC 4180 reader with Excel's habits: the delimiter ({@code ;}, {@code ,} or tab) is
 * detected from the first lines (or taken from an Excel {@code sep=;} line), quoted fields may hold
 * delimiters, doubled quotes and line breaks, a quote inside an unquoted field is literal, and CR,
 * LF and CRLF all end a record. Blank lines are skipped but counted.
 */
public final class CsvReader implements RowReader {
    private static final int DETECT_LIMIT = 64 * 1024;
    private static final int DETECT_LINES = 5;
    private static final char[] CANDIDATES = {';', ',', '\t'};

    private final BufferedReader in;
    private final ReadLimits limits;
    private final char delimiter;
    private long line = 1;
    private long records;
    private int lookahead = -2;

    public CsvReader(Reader reader) throws IOException {
        this(reader, ReadLimits.DEFAULTS);
    }

    /** A reader that stops with a {@link DocumentLimitException} at the first of {@code limits} passed. */
    public CsvReader(Reader reader, ReadLimits limits) throws IOException {
        this.in = new BufferedReader(Objects.requireNonNull(reader, "reader is null"), DETECT_LIMIT);
        this.limits = Objects.requireNonNull(limits, "limits is null");
        this.delimiter = detect();
    }

    /** The delimiter in use. */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The candidate seen most often outside quotes in the first lines (a title line above the
     * header has none), or the delimiter an Excel {@code sep=} line names.
     */
    private char detect() throws IOException {
        in.mark(DETECT_LIMIT);
        StringBuilder first = new StringBuilder();
        boolean quoted = false;
        int lines = 0;
        int[] counts = new int[CANDIDATES.length];
        for (int i = 0, c; i < DETECT_LIMIT - 1 && lines < DETECT_LINES && (c = in.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                lines++;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    counts[k] += c == CANDIDATES[k] ? 1 : 0;
                }
            }
            if (lines == 0 && c != '\n' && c != '\r') {
                first.append((char) c);
            }
        }
        in.reset();
        String text = first.toString().strip();
        if (text.length() == 5 && text.regionMatches(true, 0, "sep=", 0, 4)) {
            next(); // consume the sep= line; it is not data
            return text.charAt(4);
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    private int read() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (lookahead == -2) {
            lookahead = in.read();
        }
        return lookahead;
    }

    @Override
    public Row next() throws IOException {
        while (true) {
            long start = line;
            List<String> fields = parseRecord();
            if (fields == null) {
                return null;
            }
            if (++records > limits.maxRows()) {
                throw new DocumentLimitException("max-rows", limits.maxRows(), start, "line " + start);
            }
            Row row = new Row(start, fields);
            if (!row.blank()) {
                return row;
            }
        }
    }

    private List<String> parseRecord() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean wasQuoted = false;
        long rowChars = 0;
        while (true) {
            if (inQuotes) {
                if (c < 0) {
                    throw new CsvFormatException(start, "quoted field opened on this line is never closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                    if (field.length() > limits.maxCellChars()) {
                        throw new DocumentLimitException("max-cell-chars", limits.maxCellChars(), start,
                                "line " + start + ", column " + (fields.size() + 1)
                                        + " (a quoted field opened there; is a closing quote missing?)");
                    }
                }
            } else if (c == delimiter) {
                rowChars += field.length();
                add(fields, field, start, rowChars);
                wasQuoted = false;
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c >= 0) {
                    line++;
                }
                rowChars += field.length();
                add(fields, field, start, rowChars);
                return fields;
            } else if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                field.setLength(0);
                inQuotes = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
                if (field.length() > limits.maxCellChars()) {
                    throw new DocumentLimitException("max-cell-chars", limits.maxCellChars(), start,
                            "line " + start + ", column " + (fields.size() + 1));
                }
            }
            c = read();
        }
    }

    /** Adds the field, cleaned (Unicode spaces, zero-width characters), and empties the buffer. */
    private void add(List<String> fields, StringBuilder field, long start, long rowChars) throws DocumentLimitException {
        if (fields.size() >= limits.maxColumns()) {
            throw new DocumentLimitException("max-columns", limits.maxColumns(), start, "line " + start);
        }
        if (rowChars > limits.maxRowChars()) {
            throw new DocumentLimitException("max-row-chars", limits.maxRowChars(), start, "line " + start);
        }
        fields.add(Values.clean(field.toString()));
        field.setLength(0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
