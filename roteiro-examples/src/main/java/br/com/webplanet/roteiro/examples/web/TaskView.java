package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A task's page ({@code /tarefas/ID}), formatted for one visitor: what it is, its state and its history. */
record TaskView(String id, String title, String target, String reason, String step, String wiki, String state,
                String stateCss, boolean open, String opened, String lastSeen, String assignee, String closedBy,
                String closedAt, String closeNote, List<EventRow> events) {
    private static final Pattern ID = Pattern.compile("t-[0-9a-f]{1,40}");

    /** One line of the history. */
    record EventRow(String when, String kind, String what, String who, String note) {}

    static TaskView of(Task task, Locale locale, ZoneId zone) {
        Map<String, String> t = WebText.labels(locale);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        List<EventRow> events = task.history().stream().map(e -> new EventRow(at.format(e.at()),
                e.kind().name().toLowerCase(Locale.ROOT), t.getOrDefault("event." + e.kind().name(), e.kind().name()),
                e.actor(), e.note())).toList();
        return new TaskView(task.id().value(), task.title(), task.target(), task.reason(), task.stepId(),
                task.wikiLink() == null ? null : task.wikiLink().toString(), task.state().label().in(locale),
                task.state().name().toLowerCase(Locale.ROOT), task.open(), format(at, task.openedAt()),
                format(at, task.lastSeenAt()), task.assignee() == null ? "" : task.assignee(),
                task.closedBy() == null ? "" : task.closedBy(), format(at, task.closedAt()), task.closeNote(),
                events);
    }

    /** The id if it looks like a task id (for a redirect), else an empty string. */
    static String safeId(String id) {
        String v = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return ID.matcher(v).matches() ? v : "";
    }

    private static String format(DateTimeFormatter at, Instant when) {
        return when == null ? "" : at.format(when);
    }
}
