package br.com.webplanet.roteiro.textura.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the values people type into spreadsheets: Brazilian numbers and dates, accented headers. */
public final class Values {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOCUMENT = Pattern.compile("^[\\d][\\d./\\- ]*$");
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?(E\\d+|\\.0+)?$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private Values() {}

    /** A header or key compared without accents, case, spaces or punctuation: "E-mail" → "email". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFD);
        return NOT_ALNUM.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Null for a blank text, the stripped text otherwise. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A CNPJ/CPF as digits only ({@code 11.222.333/0001-81} → {@code 11222333000181}); any other
     * id (letters, a G3stor code) stripped but kept as written. Null for blank.
     */
    public static String document(String text) {
        String t = blankToNull(text);
        return t != null && DOCUMENT.matcher(t).matches() ? t.replaceAll("\\D", "") : t;
    }

    /**
     * A romaneio number or series without leading zeros when it is all digits ({@code 0045} → {@code 45});
     * a spreadsheet's numeric cell ({@code 1001.0}, {@code 1.001E3}) is read as the integer it holds.
     */
    public static String number(String text) {
        String t = integerCell(blankToNull(text));
        if (t == null || !t.chars().allMatch(Character::isDigit)) {
            return t;
        }
        String stripped = t.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /**
     * The digits of a numeric spreadsheet cell that holds an integer ({@code 11987654321},
     * {@code 1.1987654321E10}, {@code 1001.0}); any other text unchanged.
     */
    public static String integerCell(String text) {
        if (text == null || !SPREADSHEET_NUMBER.matcher(text).matches()) {
            return text;
        }
        try {
            return new BigDecimal(text).toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            return text;
        }
    }

    /**
     * A decimal written the Brazilian way ({@code 1.234,5}), the English/Excel way ({@code 1234.5})
     * or in scientific notation; empty when blank; {@link NumberFormatException} when not a number.
     * With both separators, the last one is the decimal separator.
     */
    public static Optional<BigDecimal> decimal(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        t = t.replace(" ", "").replace("\u00A0", "");
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.replace(',', '.');
        }
        return Optional.of(new BigDecimal(t));
    }

    /**
     * A date as {@code dd/mm/yyyy}, ISO {@code yyyy-mm-dd}, an ISO date-time with offset (NF-e
     * {@code dhEmi}) or an Excel serial number; {@link DateTimeParseException} otherwise.
     */
    public static Optional<LocalDate> date(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return Optional.empty();
        }
        if (t.matches("\\d{1,5}(\\.\\d+)?")) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(t)));
        }
        if (t.contains("/")) {
            return Optional.of(LocalDate.parse(t, BR_DATE));
        }
        if (t.length() > 10 && t.charAt(10) == 'T') {
            return Optional.of(t.length() > 19 ? OffsetDateTime.parse(t).toLocalDate()
                    : LocalDate.parse(t.substring(0, 10)));
        }
        return Optional.of(LocalDate.parse(t));
    }
}
