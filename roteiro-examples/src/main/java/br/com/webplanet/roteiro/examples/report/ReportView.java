package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the HTML template shows, already formatted for one locale and time zone. */
record ReportView(Map<String, String> t, String lang, String runDate, String runId, String started,
                  String finished, boolean dryRun, List<StatusTotal> totals, List<StepRow> steps,
                  List<TaskRow> tasks, List<ErrorRow> errors, boolean hasQueue, List<QueueRow> queue,
                  QueueChart.Chart chart, int unreadableQueueItems) {

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

    record TaskRow(String step, String title, String target, String reason, String wiki) {}

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
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        List<StepRow> steps = new ArrayList<>();
        List<TaskRow> tasks = new ArrayList<>();
        List<ErrorRow> errors = new ArrayList<>();
        int n = 0;
        for (StepReport s : report.steps()) {
            n++;
            String title = s.title() == null ? s.stepId() : s.title().in(locale);
            steps.add(new StepRow(n, s.stepId(), s.module(), title, link(s.wikiLink()), css(s.status()),
                    icon(s.status()), s.status().label().in(locale), s.summary(),
                    s.counts().entrySet().stream().map(e -> new Chip(e.getKey(), e.getValue())).toList(),
                    s.actions().stream().map(a -> new ActionRow(a.description(), a.target(), a.planned())).toList(),
                    duration(s.duration())));
            s.humanTasks().forEach(h -> tasks.add(new TaskRow(title, h.title(), h.target(), h.reason(), link(h.wikiLink()))));
            if (s.error() != null) {
                errors.add(new ErrorRow(title, s.error().type(), s.error().message(), s.error().causes()));
            }
        }
        List<StatusTotal> totals = new ArrayList<>();
        for (StepStatus status : StepStatus.values()) {
            long count = report.count(status);
            if (count > 0) {
                totals.add(new StatusTotal(css(status), status.label().in(locale), count));
            }
        }
        Optional<WaitingQueue.Result> queue = WaitingQueue.of(report);
        List<WaitingCustomer> entries = queue.map(WaitingQueue.Result::entries).orElse(List.of());
        List<QueueRow> rows = queueRows(entries, dateTime, t, locale);
        QueueChart.Chart chart = QueueChart.of(entries, report.finishedAt(), locale,
                List.of(t.get("ageDay"), t.get("ageDays"), t.get("ageOlder")));
        return new ReportView(t, locale.getLanguage().equals("en") ? "en" : "pt-BR",
                report.runDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), report.runId(),
                dateTime.format(report.startedAt()), dateTime.format(report.finishedAt()), report.dryRun(),
                List.copyOf(totals), List.copyOf(steps), List.copyOf(tasks), List.copyOf(errors), queue.isPresent(),
                rows, chart, queue.map(WaitingQueue.Result::unreadable).orElse(0));
    }

    private static List<QueueRow> queueRows(List<WaitingCustomer> entries, DateTimeFormatter dateTime,
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
                text = t.get("queueBreachedFor") + " " + businessTime(left.abs());
                percent = 100;
                css = "breached";
            } else {
                text = t.get("queueLeft") + " " + businessTime(left);
                percent = (int) Math.max(2, Math.min(100, left.toMinutes() * 100 / scale));
                css = w.atRisk() ? "risk" : "ok";
            }
            rows.add(new QueueRow(w.ticket().value(), nullToEmpty(w.customer()), nullToEmpty(w.subject()),
                    w.priority().label().in(locale), w.priority().rank(), dateTime.format(w.waitingSince()), text,
                    percent, css, nullToEmpty(w.reason())));
        }
        return List.copyOf(rows);
    }

    static String css(StepStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String icon(StepStatus status) {
        return switch (status) {
            case DONE -> "\u2714";
            case NOTHING_TO_DO -> "\u2013";
            case NEEDS_ATTENTION -> "!";
            case FAILED -> "\u2716";
            case SKIPPED -> "\u00bb";
        };
    }

    static String duration(Duration d) {
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + " ms";
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return businessTime(d);
    }

    /** SLA time, to the minute: {@code 40 min}, {@code 2h05}. */
    static String businessTime(Duration d) {
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return hours > 0 ? hours + "h" + String.format(Locale.ROOT, "%02d", minutes) : minutes + " min";
    }

    private static String link(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
