package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The waiting-customers queue ({@code details.queue}) as a Markdown table. Entries are
 * {@code model.WaitingCustomer} records or, after a JSON round trip, maps with the same keys.
 */
final class QueueTable {
    private static final String[] COLUMNS = {"ticket", "customer", "subject", "priority", "waitingSince", "deadline",
        "timeToBreach", "state", "reason"};
    private static final String NONE = "—";

    private QueueTable() {}

    static void render(StringBuilder out, Object queue, ReportLabels labels) {
        if (!(queue instanceof List<?> entries) || entries.isEmpty()) {
            return;
        }
        out.append('\n').append("**").append(labels.get("section.queue")).append("**\n\n|");
        for (String c : COLUMNS) {
            out.append(' ').append(labels.get("queue." + c)).append(" |");
        }
        out.append("\n|");
        out.append("---|".repeat(COLUMNS.length)).append('\n');
        for (Object entry : entries) {
            Map<String, Object> row = JsonReportRenderer.asMap(entry);
            out.append("| ").append(cell(ticket(row.get("ticket"))))
                    .append(" | ").append(cell(text(row.get("customer"))))
                    .append(" | ").append(cell(text(row.get("subject"))))
                    .append(" | ").append(cell(priority(row.get("priority"), labels)))
                    .append(" | ").append(instant(row.get("waitingSince"), labels))
                    .append(" | ").append(instant(row.get("deadline"), labels))
                    .append(" | ").append(duration(row.get("timeToBreach"), labels))
                    .append(" | ").append(state(row, labels))
                    .append(" | ").append(cell(text(row.get("reason")))).append(" |\n");
        }
    }

    private static String ticket(Object value) {
        return value instanceof Map<?, ?> m ? text(m.get("value")) : text(value);
    }

    private static String priority(Object value, ReportLabels labels) {
        try {
            return Priority.valueOf(String.valueOf(value)).label().in(labels.locale());
        } catch (IllegalArgumentException e) {
            return text(value);
        }
    }

    private static String instant(Object value, ReportLabels labels) {
        return formatted(value, text -> labels.dateTime(Instant.parse(text)));
    }

    private static String duration(Object value, ReportLabels labels) {
        return formatted(value, text -> labels.duration(Duration.parse(text)));
    }

    /** The value formatted, or as it is (as a cell) when it does not parse. */
    private static String formatted(Object value, UnaryOperator<String> format) {
        if (value == null) {
            return NONE;
        }
        try {
            return format.apply(value.toString());
        } catch (RuntimeException e) {
            return cell(value.toString());
        }
    }

    private static String state(Map<String, Object> row, ReportLabels labels) {
        if (Boolean.TRUE.equals(row.get("breached"))) {
            return labels.get("queue.breached");
        }
        return labels.get(Boolean.TRUE.equals(row.get("atRisk")) ? "queue.atRisk" : "queue.onTime");
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** A table cell: no line breaks, neutralised for Markdown viewers, pipes escaped. */
    static String cell(String text) {
        return MarkdownReportRenderer.text(text.replace("\r", "").replace('\n', ' ')).replace("|", "\\|");
    }
}
