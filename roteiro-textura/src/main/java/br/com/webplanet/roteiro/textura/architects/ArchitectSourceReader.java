package br.com.webplanet.roteiro.textura.architects;

import br.com.webplanet.roteiro.textura.Messages;
import br.com.webplanet.roteiro.textura.io.BoundedInput;
import br.com.webplanet.roteiro.textura.io.CsvFormatException;
import br.com.webplanet.roteiro.textura.io.DocumentLimitException;
import br.com.webplanet.roteiro.textura.io.ReadLimits;
import br.com.webplanet.roteiro.textura.io.Row;
import br.com.webplanet.roteiro.textura.io.RowReader;
import br.com.webplanet.roteiro.textura.io.Values;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * Reads an architects source — CSV, XLSX or a JSON array of objects — row by row, mapping its
 * headers (or JSON keys) to {@link ArchitectField}s. A file that cannot be read, or lacks a
 * required column, becomes one {@link RejectedRow}.
 */
final class ArchitectSourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, ArchitectField> aliases;
    private final ReadLimits limits;

    ArchitectSourceReader(Map<String, List<String>> extraAliases, ReadLimits limits) {
        this.aliases = ArchitectField.aliases(Objects.requireNonNull(extraAliases, "extraAliases is null"));
        this.limits = Objects.requireNonNull(limits, "limits is null");
    }

    void read(String file, String contentType, InputStream in, Consumer<ArchitectRow> rows,
              Consumer<RejectedRow> rejected) {
        String name = file.toLowerCase(Locale.ROOT);
        try (in) {
            if (name.endsWith(".json") || (contentType != null && contentType.contains("json"))) {
                readJson(file, in, rows);
            } else {
                readTable(file, in, rows, rejected);
            }
        } catch (DocumentLimitException e) {
            rejected.accept(new RejectedRow(file, e.line(), "", e.problem()));
        } catch (CsvFormatException e) {
            rejected.accept(new RejectedRow(file, e.line(), "", Messages.localized("architects.unreadable", e.getMessage())));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            rejected.accept(new RejectedRow(file, line, "", Messages.localized("architects.unreadable", e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            rejected.accept(new RejectedRow(file, 0, "", Messages.localized("architects.unreadable", String.valueOf(e.getMessage()))));
        }
    }

    private void readTable(String file, InputStream in, Consumer<ArchitectRow> rows, Consumer<RejectedRow> rejected)
            throws IOException {
        try (RowReader reader = RowReader.open(file, in, limits)) {
            Row header = RowReader.findHeader(reader, r -> r.cells().stream().map(c -> aliases.get(Values.normalize(c)))
                    .filter(f -> f == ArchitectField.NAME || f == ArchitectField.CAU).distinct().count() == 2);
            if (header == null) {
                return;
            }
            Map<Integer, ArchitectField> byColumn = new java.util.HashMap<>();
            Map<ArchitectField, String> columns = new EnumMap<>(ArchitectField.class);
            for (int i = 0; i < header.cells().size(); i++) {
                ArchitectField field = aliases.get(Values.normalize(header.cell(i)));
                if (field != null && !columns.containsKey(field)) {
                    byColumn.put(i, field);
                    columns.put(field, header.cell(i).strip());
                }
            }
            for (ArchitectField required : List.of(ArchitectField.NAME, ArchitectField.CAU)) {
                if (!columns.containsKey(required)) {
                    rejected.accept(new RejectedRow(file, header.line(), required.header(),
                            Messages.localized("architects.missingColumn", required.header())));
                    return;
                }
            }
            for (Row row = reader.next(); row != null; row = reader.next()) {
                Map<ArchitectField, String> values = new EnumMap<>(ArchitectField.class);
                for (Map.Entry<Integer, ArchitectField> e : byColumn.entrySet()) {
                    values.put(e.getValue(), row.cell(e.getKey()));
                }
                rows.accept(new ArchitectRow(file, row.line(), values, columns));
            }
        }
    }

    private void readJson(String file, InputStream in, Consumer<ArchitectRow> rows) throws IOException {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(limits.maxCellChars()).maxNestingDepth(16).build()).build();
        factory.setCodec(JSON);
        try (JsonParser parser = factory.createParser(BoundedInput.file(in, limits, file))) {
            long objects = 0;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new JsonParseException(parser, "expected a JSON array of architects");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentTokenLocation().getLineNr();
                if (++objects > limits.maxRows()) {
                    throw new DocumentLimitException("max-rows", limits.maxRows(), line, "line " + line);
                }
                JsonNode node = parser.readValueAsTree();
                Map<ArchitectField, String> values = new EnumMap<>(ArchitectField.class);
                Map<ArchitectField, String> columns = new EnumMap<>(ArchitectField.class);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    ArchitectField field = aliases.get(Values.normalize(e.getKey()));
                    if (field != null && !values.containsKey(field)) {
                        values.put(field, text(e.getValue()));
                        columns.put(field, e.getKey());
                    }
                }
                rows.accept(new ArchitectRow(file, line, values, columns));
            }
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            return String.join("; ", StreamSupport.stream(node.spliterator(), false).map(ArchitectSourceReader::text).toList());
        }
        return node.asText();
    }
}
