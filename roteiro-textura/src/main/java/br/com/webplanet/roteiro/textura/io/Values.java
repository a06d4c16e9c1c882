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
    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?(E\\+?\\d+|\\.0+)?$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** How programs write an integer they hold as a float: {@code 12345678000190.0}, {@code 1.1222333000181E13}. */
    private static final Pattern PROGRAM_NUMBER = Pattern.compile("^\\d+\\.0+$|^\\d+(\\.\\d+)?E\\+?\\d+$");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern ESCAPE = Pattern.compile("_x(00[01][0-9A-Fa-f])_");
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);
    private static final DateTimeFormatter YMD_SLASH =
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final Pattern DATE_TIME =
            Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2})[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
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

    /**
     * Text as a person reads it: every Unicode space (no-break U+00A0, figure, narrow, ideographic,
     * tab) is a plain space and runs of them one space; zero-width characters, soft hyphens and BOMs
     * are dropped; OOXML escapes of control characters ({@code _x000D_}, which Gnumeric also leaves in
 * its CSV) are decoded; line breaks stay; the ends are stripped. Null stays null.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.indexOf("_x") >= 0) {
            text = ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        }
        if (alreadyClean(text)) {
            return text;   // the common case, without a copy: a reader calls this for every cell
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
                space = true;
                continue;
            }
            if (space && out.length() > 0 && c != '\n' && c != '\r' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }

    /** No character {@link #clean} would change, nothing to strip at either end. */
    private static boolean alreadyClean(String text) {
        int last = text.length() - 1;
        if (text.charAt(0) <= ' ' || text.charAt(last) <= ' ') {
            return false;
        }
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c < ' ' ? c == '\t' : c >= 0x80 && (c == '\u00A0' || c == '\u00AD' || c >= 0x1680
                    && (Character.getType(c) == Character.SPACE_SEPARATOR || c >= 0x200B && c <= 0x200D
                    || c == 0x2060 || c == 0xFEFF))) {
                return false;
            }
            if (c == ' ' && i < last && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Null for a blank text, the {@linkplain #clean cleaned} text otherwise. */
    public static String blankToNull(String text) {
        String t = clean(text);
        return t == null || t.isBlank() ? null : t;
    }

    /** Whether 14 digits are a CNPJ with valid check digits. */
    public static boolean validCnpj(String digits) {
        if (digits == null || !digits.matches("\\d{14}") || digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, 12, new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}) == digits.charAt(12) - '0'
                && checkDigit(digits, 13, new int[] {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}) == digits.charAt(13) - '0';
    }

    /** Whether 11 digits are a CPF with valid check digits. */
    public static boolean validCpf(String digits) {
        if (digits == null || !digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(digits, 9, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2}) == digits.charAt(9) - '0'
                && checkDigit(digits, 10, new int[] {11, 10, 9, 8, 7, 6, 5, 4, 3, 2}) == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits, int length, int[] weights) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }

    /**
     * A CNPJ/CPF as digits only ({@code 11.222.333/0001-81} → {@code 11222333000181}); any other
     * id (letters, a G3stor code) stripped but kept as written. Null for blank.
     */
    public static String document(String text) {
        String t = blankToNull(text);
        if (t != null && PROGRAM_NUMBER.matcher(t).matches()) {
            return integerCell(t);   // a number written by a program: 12345678000190.0 (pandas), 1.1222333000181E13
        }
        return t != null && DOCUMENT.matcher(t).matches() ? NOT_DIGIT.matcher(t).replaceAll("") : t;
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
        if (text == null || text.length() > 40 || !SPREADSHEET_NUMBER.matcher(text).matches()) {
            return text;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            return inRange(value) ? value.toBigIntegerExact().toString() : text;
        } catch (ArithmeticException | NumberFormatException e) {
            return text;
        }
    }

    /** At most 20 integer digits and 10 decimals: what a quantity, weight or document can be (no 1E999999999). */
    private static boolean inRange(BigDecimal value) {
        return value.precision() - value.scale() <= 20 && value.scale() <= 10;
    }

    /**
     * A decimal with a dot ({@code 48.5000}, NF-e) within 20 integer digits and 10 decimals;
     * {@link NumberFormatException} otherwise.
     */
    public static BigDecimal plainDecimal(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > 40) {
            throw new NumberFormatException("number longer than 40 characters");
        }
        BigDecimal value = new BigDecimal(t);
        if (!inRange(value)) {
            throw new NumberFormatException("number out of range: " + t);
        }
        return value;
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
        if (t.length() > 40) {
            throw new NumberFormatException("number longer than 40 characters");
        }
        BigDecimal value = new BigDecimal(t);
        // a program printed a double in full (1060.3999999999999): a spreadsheet holds 15 significant digits
        value = value.precision() > 15 ? value.round(EXCEL_DIGITS).stripTrailingZeros() : value;
        if (!inRange(value.stripTrailingZeros())) {
            throw new NumberFormatException("number out of range: " + t);
        }
        return Optional.of(value);
    }

    /**
     * A date as {@code dd/mm/yyyy}, ISO {@code yyyy-mm-dd}, either with a time of day
     * ({@code 27/11/2026 00:00}, {@code 2026-11-27 14:30:00}), an ISO date-time with offset (NF-e
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
        java.util.regex.Matcher withTime = DATE_TIME.matcher(t);
        if (withTime.matches()) {
            t = withTime.group(1);   // 27/11/2026 00:00, 2026-11-27 14:30:00: the day is what a romaneio keeps
        }
        if (t.matches("\\d{4}/.*")) {
            return Optional.of(LocalDate.parse(t, YMD_SLASH));   // Gnumeric's CSV: 2026/11/27
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
