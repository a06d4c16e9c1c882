package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.Row;
import br.com.webplanet.roteiro.textura.io.RowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Groups the rows of a romaneio spreadsheet into romaneios, lazily: consecutive rows with the same
 * issuer, number and series are one romaneio. Only the romaneio being built is held in memory.
 */
final class TabularRomaneios implements Iterator<ParsedRomaneio> {
    private static final List<RomaneioColumn> REQUIRED =
            List.of(RomaneioColumn.NUMBER, RomaneioColumn.CODE, RomaneioColumn.QUANTITY);
    /** The romaneio's own columns, repeated on each of its item rows. */
    private static final java.util.Set<RomaneioColumn> HEADER = java.util.EnumSet.of(RomaneioColumn.ISSUER,
            RomaneioColumn.NUMBER, RomaneioColumn.SERIES, RomaneioColumn.DATE, RomaneioColumn.CUSTOMER,
            RomaneioColumn.CUSTOMER_NAME, RomaneioColumn.CARRIER, RomaneioColumn.GROSS_WEIGHT, RomaneioColumn.NET_WEIGHT);
    private final RowReader rows;
    private final ParseContext context;
    private final Map<RomaneioColumn, Integer> columns = new EnumMap<>(RomaneioColumn.class);
    private final List<Map<RomaneioColumn, String>> group = new ArrayList<>();
    private final List<Long> groupLines = new ArrayList<>();
    private final List<Localized> groupProblems = new ArrayList<>();
    private final List<Localized> rowProblems = new ArrayList<>();
    private ParsedRomaneio next;
    private Row pending;
    private boolean headerRead;
    private boolean done;

    private TabularRomaneios(RowReader rows, ParseContext context) {
        this.rows = rows;
        this.context = context;
    }

    /** A lazy stream of the romaneios in {@code rows}; closing it closes the reader. */
    static Stream<ParsedRomaneio> stream(RowReader rows, ParseContext context) {
        Objects.requireNonNull(rows, "rows is null");
        TabularRomaneios it = new TabularRomaneios(rows, Objects.requireNonNull(context, "context is null"));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        rows.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public ParsedRomaneio next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRomaneio out = next;
        next = null;
        return out;
    }

    private ParsedRomaneio advance() throws IOException {
        if (!headerRead) {
            headerRead = true;
            Row header = RowReader.findHeader(rows, r -> r.cells().stream().map(RomaneioColumn::of)
                    .filter(c -> c != null && REQUIRED.contains(c)).distinct().count() == REQUIRED.size());
            if (header == null) {
                return null;
            }
            for (int i = 0; i < header.cells().size(); i++) {
                RomaneioColumn column = RomaneioColumn.of(header.cell(i));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).map(RomaneioColumn::header)
                    .toList();
            if (!missing.isEmpty()) {
                done = true;
                return ParsedRomaneio.invalid(context.source(), String.valueOf(header.line()), context.fileName(),
                        List.of(Messages.localized("romaneios.missingColumns", String.join(", ", missing))));
            }
        }
        Row row = pending != null ? pending : rows.next();
        pending = null;
        while (row != null) {
            rowProblems.clear();
            Map<RomaneioColumn, String> values = RomaneioCells.read(row, columns, rowProblems);
            if (!group.isEmpty() && continuation(values)) {
                values.putAll(headerOf(group.get(0)));
            }
            if (!group.isEmpty() && !sameRomaneio(group.get(0), values)) {
                pending = row;
                return flush();
            }
            group.add(values);
            groupLines.add(row.line());
            groupProblems.addAll(rowProblems);
            row = rows.next();
        }
        return group.isEmpty() ? null : flush();
    }

    /**
     * An item row whose romaneio columns are all empty, under a romaneio: the shape of a sheet whose
     * header cells were merged down over the item rows and then saved as CSV. It belongs to the
     * romaneio above. A row missing only some of them (a number, a date) is not one: that stays a
     * problem for a person.
     */
    private static boolean continuation(Map<RomaneioColumn, String> values) {
        boolean headerBlank = values.entrySet().stream().filter(e -> HEADER.contains(e.getKey()))
                .allMatch(e -> e.getValue().isBlank());
        return headerBlank && !values.getOrDefault(RomaneioColumn.CODE, "").isBlank();
    }

    private static Map<RomaneioColumn, String> headerOf(Map<RomaneioColumn, String> first) {
        Map<RomaneioColumn, String> header = new EnumMap<>(RomaneioColumn.class);
        first.forEach((column, value) -> {
            if (HEADER.contains(column)) {
                header.put(column, value);
            }
        });
        return header;
    }

    private static boolean sameRomaneio(Map<RomaneioColumn, String> a, Map<RomaneioColumn, String> b) {
        return Objects.equals(a.get(RomaneioColumn.ISSUER), b.get(RomaneioColumn.ISSUER))
                && Objects.equals(a.get(RomaneioColumn.NUMBER), b.get(RomaneioColumn.NUMBER))
                && Objects.equals(a.get(RomaneioColumn.SERIES), b.get(RomaneioColumn.SERIES));
    }

    private ParsedRomaneio flush() {
        long firstLine = groupLines.get(0);
        long lastLine = groupLines.get(groupLines.size() - 1);
        String lines = firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine;
        ParsedRomaneio out = new RomaneioRows(context, group, groupLines, groupProblems).build(lines);
        group.clear();
        groupLines.clear();
        groupProblems.clear();
        return out;
    }
}
