package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.model.Romaneio;
import br.com.webplanet.roteiro.model.RomaneioItem;
import br.com.webplanet.roteiro.model.RomaneioKey;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one romaneio from its spreadsheet rows, collecting every problem instead of stopping at the first. */
final class RomaneioRows {
    private final ParseContext context;
    private final List<Map<RomaneioColumn, String>> rows;
    private final List<Long> lines;
    private final List<Localized> problems = new ArrayList<>();

    RomaneioRows(ParseContext context, List<Map<RomaneioColumn, String>> rows, List<Long> lines,
                 List<Localized> cellProblems) {
        this.context = context;
        this.rows = rows;
        this.lines = lines;
        this.problems.addAll(cellProblems);
    }

    ParsedRomaneio build(String lineRange) {
        Map<RomaneioColumn, String> first = rows.get(0);
        String number = Values.number(text(first, RomaneioColumn.NUMBER));
        String issuer = Values.document(Optional.ofNullable(text(first, RomaneioColumn.ISSUER))
                .or(context::defaultIssuer).orElse(null));
        String customer = Values.document(text(first, RomaneioColumn.CUSTOMER));
        require(number, RomaneioColumn.NUMBER, lines.get(0));
        require(issuer, RomaneioColumn.ISSUER, lines.get(0));
        require(customer, RomaneioColumn.CUSTOMER, lines.get(0));
        LocalDate date = date(first);
        for (int i = 1; i < rows.size(); i++) {
            for (RomaneioColumn column : List.of(RomaneioColumn.DATE, RomaneioColumn.CUSTOMER, RomaneioColumn.GROSS_WEIGHT)) {
                String a = first.getOrDefault(column, "");
                String b = rows.get(i).getOrDefault(column, "");
                if (!b.isEmpty() && !a.equals(b)) {
                    problems.add(Messages.localized("romaneios.conflict", column.header(), lines.get(i), b, a));
                }
            }
        }
        List<RomaneioItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            item(rows.get(i), lines.get(i)).ifPresent(items::add);
        }
        BigDecimal gross = decimal(first, RomaneioColumn.GROSS_WEIGHT, lines.get(0));
        BigDecimal net = decimal(first, RomaneioColumn.NET_WEIGHT, lines.get(0));
        String label = number == null ? context.fileName() : number;
        if (!problems.isEmpty()) {
            return ParsedRomaneio.invalid(context.source(), lineRange, label, problems);
        }
        Romaneio romaneio = new Romaneio(new RomaneioKey(issuer, number, Values.number(text(first, RomaneioColumn.SERIES))), date,
                customer, text(first, RomaneioColumn.CUSTOMER_NAME), text(first, RomaneioColumn.CARRIER), items, gross,
                net, context.source());
        return ParsedRomaneio.valid(romaneio, context.source(), lineRange);
    }

    private Optional<RomaneioItem> item(Map<RomaneioColumn, String> row, long line) {
        String code = text(row, RomaneioColumn.CODE);
        BigDecimal quantity = decimal(row, RomaneioColumn.QUANTITY, line);
        BigDecimal weight = decimal(row, RomaneioColumn.WEIGHT, line);
        require(code, RomaneioColumn.CODE, line);
        if (row.getOrDefault(RomaneioColumn.QUANTITY, "").isBlank()) {
            require(null, RomaneioColumn.QUANTITY, line);
        }
        if (code == null || quantity == null) {
            return Optional.empty();
        }
        return Optional.of(new RomaneioItem(code, text(row, RomaneioColumn.DESCRIPTION), quantity,
                text(row, RomaneioColumn.UNIT), weight));
    }

    private LocalDate date(Map<RomaneioColumn, String> row) {
        String text = text(row, RomaneioColumn.DATE);
        require(text, RomaneioColumn.DATE, lines.get(0));
        try {
            return text == null ? null : Values.date(text).orElse(null);
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.add(Messages.localized("romaneios.badValue", RomaneioColumn.DATE.header(), lines.get(0), text));
            return null;
        }
    }

    private BigDecimal decimal(Map<RomaneioColumn, String> row, RomaneioColumn column, long line) {
        String text = row.getOrDefault(column, "");
        try {
            return Values.decimal(text).orElse(null);
        } catch (NumberFormatException e) {
            problems.add(Messages.localized("romaneios.badValue", column.header(), line, text));
            return null;
        }
    }

    private void require(String value, RomaneioColumn column, long line) {
        if (value == null) {
            problems.add(Messages.localized("romaneios.required", column.header(), line));
        }
    }

    private static String text(Map<RomaneioColumn, String> row, RomaneioColumn column) {
        return Values.blankToNull(row.get(column));
    }
}
