package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.TextBundle;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.ReportFormat;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the HTML template shows, already formatted for one locale and time zone. */
record ReportView(Map<String, String> t, String lang, String runDate, String runId, String started,
                  String finished, boolean dryRun, List<StatusTotal> totals, List<StepRow> steps,
                  List<TaskRow> tasks, List<ClosedRow> closedTasks, int runCount, List<ErrorRow> errors,
                  boolean hasQueue, List<QueueRow> queue, QueueChart.Chart chart, int unreadableQueueItems) {

    record StatusTotal(String css, String label, long count) {}

    record Chip(String name, long value) {}

    record ActionRow(String description, String target, boolean planned) {}

    record StepRow(int number, String id, String module, String title, String wiki, String css, String icon,
                   String status, String summary, List<Chip> counts, List<ActionRow> actions, String duration) {
        public boolean hasDetails() {
            return !counts.isEmpty() || !actions.isEmpty();
        }

        public boolean hasActions() {
            return !actions.isEmpty();
        }

        public int actionCount() {
            return actions.size();
        }
    }

    /** An open task: its id (what people type to close it), age in business days (number and text). */
    record TaskRow(String id, String step, String title, String target, String reason, String wiki, String opened,
                   int ageDays, String age, String assignee) {}

    /** A task closed on the report's day: by whom, when, with what note. */
    record ClosedRow(String id, String step, String title, String target, String state, String closedBy,
                     String closedAt, String note) {}

    public boolean hasClosedTasks() {
        return !closedTasks.isEmpty();
    }

    public boolean manyRuns() {
        return runCount > 1;
    }

    record ErrorRow(String step, String type, String message, List<String> causes) {
        public boolean hasCauses() {
            return !causes.isEmpty();
        }
    }

    public boolean hasTasks() {
        return !tasks.isEmpty();
    }

    public boolean hasQueueRows() {
        return !queue.isEmpty();
    }

    public boolean hasUnreadable() {
        return unreadableQueueItems > 0;
    }

    record QueueRow(String ticket, String customer, String subject, String priority, int priorityRank,
                    String waitingSince, String timeToBreach, int barPercent, String barCss, String reason) {}

    static ReportView of(DailyReport report, Locale locale, ZoneId zone, Map<String, String> t) {
        ReportFormat f = new ReportFormat(locale, zone);
        List<StepRow> steps = new ArrayList<>();
        List<ErrorRow> errors = new ArrayList<>();
        Map<String, String> stepTitles = new java.util.HashMap<>();
        int n = 0;
        for (StepReport s : report.steps()) {
            n++;
            String title = s.title() == null ? s.stepId() : s.title().in(locale);
            stepTitles.put(s.stepId(), title);
            steps.add(new StepRow(n, s.stepId(), s.module(), title, link(s.wikiLink()), StatusLook.css(s.status()),
                    StatusLook.icon(s.status()), s.status().label().in(locale), s.summary(),
                    s.counts().entrySet().stream().map(e -> new Chip(f.counter(e.getKey()), e.getValue())).toList(),
                    s.actions().stream().map(a -> new ActionRow(a.description(), a.target(), a.planned())).toList(),
                    f.duration(s.duration())));
            if (s.error() != null) {
                errors.add(new ErrorRow(title, s.error().type(), s.error().message(), s.error().causes()));
            }
        }
        List<StatusTotal> totals = new ArrayList<>();
        for (StepStatus status : StepStatus.values()) {
            long count = report.count(status);
            if (count > 0) {
                totals.add(new StatusTotal(StatusLook.css(status), status.label().in(locale), count));
            }
        }
        List<TaskRow> tasks = new ArrayList<>();
        List<ClosedRow> closed = new ArrayList<>();
        for (TaskLine task : report.openTasks()) {
            tasks.add(new TaskRow(task.id(), stepTitles.getOrDefault(task.stepId(), task.stepId()), task.title(),
                    task.target(), task.reason(), link(task.wikiLink()), f.date(task.openedOn()),
                    task.ageBusinessDays(), f.businessDays(task.ageBusinessDays()), task.assignee()));
        }
        for (TaskLine task : report.closedTasks()) {
            closed.add(new ClosedRow(task.id(), stepTitles.getOrDefault(task.stepId(), task.stepId()), task.title(),
                    task.target(), task.state().label().in(locale), task.closedBy(),
                    task.closedAt() == null ? "" : f.dateTime(task.closedAt()), task.closeNote()));
        }
        if (report.tasks().isEmpty()) {   // a report kept before tasks had a life: what its steps raised
            for (StepReport s : report.steps()) {
                String title = stepTitles.get(s.stepId());
                s.humanTasks().forEach(h -> tasks.add(new TaskRow("", title, h.title(), h.target(), h.reason(),
                        link(h.wikiLink()), "", 0, "", null)));
            }
        }
        Optional<WaitingQueue.Result> queue = WaitingQueue.of(report);
        List<WaitingCustomer> entries = queue.map(WaitingQueue.Result::entries).orElse(List.of());
        List<QueueRow> rows = queueRows(entries, f, t, locale);
        QueueChart.Chart chart = QueueChart.of(entries, report.finishedAt(), locale,
                List.of(t.get("ageDay"), t.get("ageDays"), t.get("ageOlder")));
        return new ReportView(t, TextBundle.speak(locale).toLanguageTag(),
                f.date(report.runDate()), report.runId(),
                f.dateTime(report.startedAt()), f.dateTime(report.finishedAt()), report.dryRun(),
                List.copyOf(totals), List.copyOf(steps), List.copyOf(tasks), List.copyOf(closed), report.runs().size(),
                List.copyOf(errors), queue.isPresent(), rows, chart, queue.map(WaitingQueue.Result::unreadable).orElse(0));
    }

    private static List<QueueRow> queueRows(List<WaitingCustomer> entries, ReportFormat f,
                                            Map<String, String> t, Locale locale) {
        long scale = Math.max(Duration.ofHours(8).toMinutes(), entries.stream()
                .filter(w -> w.timeToBreach() != null).mapToLong(w -> Math.abs(w.timeToBreach().toMinutes()))
                .max().orElse(0));
        // Keep the step's order (priority first, then time to breach): the table is the queue as decided.
        List<QueueRow> rows = new ArrayList<>();
        for (WaitingCustomer w : entries) {
            Duration left = w.timeToBreach();
            String text;
            int percent;
            String css;
            if (left == null) {
                text = t.get("queueNoSla");
                percent = 0;
                css = "none";
            } else if (w.breached() || left.isNegative()) {
                text = t.get("queueBreachedFor") + " " + f.duration(left.abs());
                percent = 100;
                css = "breached";
            } else {
                text = t.get("queueLeft") + " " + f.duration(left);
                percent = (int) Math.max(2, Math.min(100, left.toMinutes() * 100 / scale));
                css = w.atRisk() ? "risk" : "ok";
            }
            rows.add(new QueueRow(w.ticket().value(), nullToEmpty(w.customer()), nullToEmpty(w.subject()),
                    w.priority().label().in(locale), w.priority().rank(), f.dateTime(w.waitingSince()), text,
                    percent, css, nullToEmpty(w.reason())));
        }
        return List.copyOf(rows);
    }

    private static String link(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
