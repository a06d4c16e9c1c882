package br.com.webplanet.roteiro.textura.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell as a person sees it, with what the file stored behind it.
 *
 * @param text     the text shown (cleaned: Unicode spaces are spaces, no zero-width characters)
 * @param kind     what the file stored
 * @param number   the stored number for {@link Kind#NUMBER} and {@link Kind#DATE} (Excel's 15
 *                 significant digits), null otherwise
 * @param dateTime the date for {@link Kind#DATE}, in the workbook's date system, null otherwise
 * @param format   the cell's number format ({@code General}, {@code 00000000000000}, {@code dd/mm/yyyy}),
 *                 null when not a number
 */
public record Cell(String text, Kind kind, BigDecimal number, LocalDateTime dateTime, String format) {
    public static final Cell EMPTY = new Cell("", Kind.TEXT, null, null, null);

    public Cell {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(kind, "kind is null");
    }

    /** A text cell (every CSV field). */
    public static Cell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new Cell(text, Kind.TEXT, null, null, null);
    }

    /** What a spreadsheet cell holds. */
    public enum Kind {
        /** Text, a formula's text result, a boolean or an error shown as text. */
        TEXT,
        /** A number whose format is not a date. */
        NUMBER,
        /** A number with a date or time format. */
        DATE
    }
}
