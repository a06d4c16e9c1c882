package br.com.webplanet.roteiro.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link DailyReport} as pretty-printed JSON and reads it back, so a past run can be
 * rendered again from what the journal stored. Instants and dates are ISO-8601 text, durations
 * ISO ({@code PT1M30S}). Step {@code details} come back as plain maps and lists (a
 * {@code WaitingCustomer} becomes a map with the same keys). Unknown properties are ignored when
 * reading, so reports written by a newer version still load.
 */
public final class JsonReportRenderer {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The report as JSON (UTF-8 text, indented). */
    public String render(DailyReport report) {
        Objects.requireNonNull(report, "report is null");
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report " + report.runId() + " cannot be written as JSON: step details"
                    + " must be records, lists, maps, strings or numbers (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** A report from JSON written by {@link #render}. */
    public DailyReport read(String json) {
        Objects.requireNonNull(json, "json is null");
        try {
            return MAPPER.readValue(json, DailyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a daily report in JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** A plain map/list tree (a step detail read back from JSON) as {@code type}; IllegalArgumentException if it is not one. */
    static <T> T convert(Object tree, Class<T> type) {
        return MAPPER.convertValue(tree, type);
    }

    /** A value (e.g. a step detail record) as the plain map/list/scalar tree it has after a JSON round trip. */
    static Object asTree(Object value) {
        return MAPPER.convertValue(value, Object.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        Object tree = asTree(value);
        return tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", String.valueOf(tree));
    }
}
