package br.com.webplanet.roteiro.textura.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged ranges of a sheet ({@code <mergeCells>} comes after the rows, so a first pass reads
 * them) and, while the rows stream by, the value of each range's top-left cell repeated in the
 * first column of the rows below it: a romaneio header merged down over its item rows reads on
 * every item row as a person sees it. Cells to the right of the first column stay empty (a title
 * merged across columns is shown once).
 */
final class MergedCells {
    /** At most this many merged ranges are kept; a real sheet has a few hundred. */
    static final int MAX_RANGES = 100_000;

    /** Ranges not reached yet, by first row; a range leaves it when reached and {@link #active} once passed. */
    private final java.util.ArrayDeque<Range> pending;
    private final List<Range> active = new ArrayList<>();

    private MergedCells(List<Range> ranges) {
        ranges.sort(Comparator.comparingLong(r -> r.firstRow));
        this.pending = new java.util.ArrayDeque<>(ranges);
    }

    private static final class Range {
        final long firstRow;
        final long lastRow;
        final int column;
        Cell value = Cell.EMPTY;

        Range(long firstRow, long lastRow, int column) {
            this.firstRow = firstRow;
            this.lastRow = lastRow;
            this.column = column;
        }
    }

    /** Reads the {@code mergeCell} ranges of a whole sheet, vertical ones only (they are the ones rows need). */
    static MergedCells read(XMLStreamReader xml, ReadLimits limits, String sheet) throws XMLStreamException, CsvFormatException {
        List<Range> ranges = new ArrayList<>();
        int seen = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamReader.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                if (++seen > MAX_RANGES) {
                    throw new DocumentLimitException("merged-ranges", MAX_RANGES, 0, sheet);
                }
                String ref = xml.getAttributeValue(null, "ref");
                int colon = ref == null ? -1 : ref.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String from = ref.substring(0, colon);
                String to = ref.substring(colon + 1);
                int column = columnIndex(from, limits);
                long firstRow = rowOf(from);
                long lastRow = rowOf(to);
                if (column >= 0 && firstRow > 0 && lastRow > firstRow && lastRow <= limits.maxRows()) {
                    ranges.add(new Range(firstRow, lastRow, column));
                }
            }
        }
        xml.close();
        return new MergedCells(ranges);
    }

    /** Repeats merged values into {@code cells} of row {@code line}; remembers top-left values. */
    void fill(long line, List<Cell> cells) {
        while (!pending.isEmpty() && pending.peekFirst().firstRow <= line) {
            active.add(pending.pollFirst());
        }
        active.removeIf(r -> r.lastRow < line);
        for (Range r : active) {
            if (r.firstRow == line) {
                r.value = r.column < cells.size() ? cells.get(r.column) : Cell.EMPTY;
            } else if (r.column >= cells.size() || cells.get(r.column).text().isEmpty()) {
                while (cells.size() <= r.column) {
                    cells.add(Cell.EMPTY);
                }
                cells.set(r.column, r.value);
            }
        }
    }

    /**
     * Zero-based column of a reference like {@code AB12}: -1 when it is not a reference, -2 when the
     * column is beyond {@code limits.maxColumns()} (never computed past it, so {@code FXSHRXW1}
     * cannot overflow).
     */
    static int columnIndex(String reference, ReadLimits limits) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > limits.maxColumns()) {
                return -2;
            }
        }
        if (i == 0 || reference.length() - i > 10 || !digits(reference, i)) {
            return -1;
        }
        return column - 1;
    }

    private static long rowOf(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        return reference.length() - i <= 10 && digits(reference, i) ? Long.parseLong(reference.substring(i)) : -1;
    }

    /** Whether {@code text} from {@code from} on is one or more ASCII digits. */
    static boolean digits(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
