package br.com.webplanet.roteiro.textura.architects;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of an architects source, before validation.
 *
 * @param file    file or attachment it came from
 * @param line    1-based line (row number in XLSX, line of the object in JSON)
 * @param values  raw text per field (absent when the source has no such column)
 * @param columns the column name as the source wrote it, per field
 */
public record ArchitectRow(String file, long line, Map<ArchitectField, String> values,
                           Map<ArchitectField, String> columns) {
    public ArchitectRow {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    public String value(ArchitectField field) {
        return values.getOrDefault(field, "");
    }

    public String column(ArchitectField field) {
        return columns.getOrDefault(field, field.header());
    }
}
