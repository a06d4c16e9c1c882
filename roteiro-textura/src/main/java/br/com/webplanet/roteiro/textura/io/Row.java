package br.com.webplanet.roteiro.textura.io;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file.
 *
 * @param line  1-based line (CSV: the line the record starts on) or row number (XLSX)
 * @param cells the cells, as text
 */
public record Row(long line, List<String> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or an empty string past the end. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** True when every cell is blank. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
