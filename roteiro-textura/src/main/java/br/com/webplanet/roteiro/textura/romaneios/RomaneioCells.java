package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.Cell;
import br.com.webplanet.roteiro.textura.io.Row;
import br.com.webplanet.roteiro.textura.io.Values;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the cells of one spreadsheet row into the text each romaneio column expects, and says
 * when the file leaves a doubt: a number where a CNPJ/CPF is expected that may have lost digits (a
 * leading zero, digits rounded away in {@code 1.12223E+13}), a date where a number, code or document
 * is expected (Excel turned {@code 1/2} into a date). A doubt is a problem with the cell's
 * address — the romaneio goes to a person, nothing is guessed into G3stor.
 */
final class RomaneioCells {
    /** How programs write an integer they hold as a float. */
    private static final Pattern PROGRAM_NUMBER = Pattern.compile("^\\d+\\.0+$|^\\d+(\\.\\d+)?E\\+?\\d+$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RomaneioCells() {}

    /** The row's values by column; doubts go to {@code problems}. */
    static Map<RomaneioColumn, String> read(Row row, Map<RomaneioColumn, Integer> columns, List<Localized> problems) {
        Map<RomaneioColumn, String> values = new EnumMap<>(RomaneioColumn.class);
        columns.forEach((column, index) -> values.put(column,
                value(column, row.value(index), row.address(index), problems)));
        return values;
    }

    private static String value(RomaneioColumn column, Cell cell, String address, List<Localized> problems) {
        String text = cell.text();
        if (text.isEmpty()) {
            return "";
        }
        switch (column) {
            case ISSUER, CUSTOMER -> {
                return document(column, cell, address, problems);
            }
            case NUMBER, SERIES, CODE, QUANTITY, GROSS_WEIGHT, NET_WEIGHT, WEIGHT -> {
                if (cell.kind() == Cell.Kind.DATE) {   // kept as stored: the problem stops the romaneio
                    problems.add(Messages.localized("romaneios.dateInColumn", address, text, column.header()));
                    return cell.number() == null ? text : cell.number().toPlainString();
                }
                boolean numeric = column != RomaneioColumn.CODE && cell.kind() == Cell.Kind.NUMBER;
                return numeric ? cell.number().toPlainString() : text;
            }
            case DATE -> {
                if (cell.kind() == Cell.Kind.DATE) {
                    return cell.dateTime().toLocalDate().toString();
                }
                if (cell.kind() == Cell.Kind.NUMBER) {
                    problems.add(Messages.localized("romaneios.numberForDate", address, text, column.header()));
                    return text;
                }
                return text;
            }
            default -> {
                return text;
            }
        }
    }

    /**
     * Whether the digits of a number are certainly the document: 14 digits (a CNPJ; a double holds
     * them exactly, nothing was lost), or 11 that are a valid CPF and not a CNPJ that lost three
     * leading zeros. A number written in scientific notation may have lost digits to rounding
     * ({@code 1.12223E+13}): only valid check digits make it sure. Fewer digits may be a CNPJ
     * without its leading zeros: never sure.
     */
    private static boolean sure(String digits, boolean scientific) {
        if (scientific) {
            return Values.validCnpj(digits) || Values.validCpf(digits) && !Values.validCnpj("000" + digits);
        }
        return digits.length() == 14 && digits.chars().allMatch(Character::isDigit)
                || digits.length() == 11 && Values.validCpf(digits) && !Values.validCnpj("000" + digits);
    }

    /**
     * A CNPJ/CPF: text as written (separators dropped); a number only when its digits are a CNPJ
     * or CPF with valid check digits — as formatted ({@code 00000000000000} restores a leading zero)
     * or as stored.
     */
    private static String document(RomaneioColumn column, Cell cell, String address, List<Localized> problems) {
        String text = cell.text();
        if (cell.kind() == Cell.Kind.DATE) {
            problems.add(Messages.localized("romaneios.dateInColumn", address, text, column.header()));
            return text;
        }
        String digits;
        if (cell.kind() == Cell.Kind.NUMBER) {
            BigDecimal number = cell.number();
            String formatted = text.replaceAll("[./\\-\\s]", "");
            if (DIGITS.matcher(formatted).matches() && formatted.length() >= 11) {
                digits = formatted;
            } else if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0) {
                digits = number.toBigInteger().toString();
            } else {
                digits = text;
            }
        } else if (PROGRAM_NUMBER.matcher(text).matches()) {
            digits = Values.document(text);
        } else {
            return text;   // typed as text: RomaneioRows normalises it (separators dropped) once a romaneio
        }
        boolean scientific = cell.kind() == Cell.Kind.TEXT && text.toUpperCase(java.util.Locale.ROOT).contains("E");
        if (sure(digits, scientific)) {
            return digits;
        }
        problems.add(Messages.localized("romaneios.uncertainDocument", address, text, column.header()));
        return text;
    }
}
