package br.com.webplanet.roteiro.textura.io;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file.
 *
 * @param line   1-based line (CSV: the line the record starts on) or row number (XLSX)
 * @param values the cells
 * @param sheet  the sheet's name (XLSX), null for CSV
 */
public record Row(long line, List<Cell> values, String sheet) {
    public Row {
        values = List.copyOf(values);
    }

    /** A row of text cells (CSV). */
    public Row(long line, List<String> cells) {
        this(line, cells.stream().map(Cell::text).toList(), null);
    }

    /** The cells' texts. */
    public List<String> cells() {
        return values.stream().map(Cell::text).toList();
    }

    /** The text of the cell at {@code index}, or an empty string past the end. */
    public String cell(int index) {
        return value(index).text();
    }

    /** The cell at {@code index}, or {@link Cell#EMPTY} past the end. */
    public Cell value(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : Cell.EMPTY;
    }

    /**
     * Where the cell at {@code index} is, as people find it: {@code Planilha1!B7} in a workbook,
     * {@code 7:2} (line:column) in a CSV file.
     */
    public String address(int index) {
        return sheet == null ? line + ":" + (index + 1) : sheet + "!" + columnName(index) + line;
    }

    /** Excel's column letters for a zero-based index: 0 → A, 27 → AB. */
    public static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** True when every cell is blank. */
    public boolean blank() {
        for (Cell c : values) {
            if (!c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
