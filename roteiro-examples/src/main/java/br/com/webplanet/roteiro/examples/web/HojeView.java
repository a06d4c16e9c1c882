package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.examples.report.StatusLook;
import br.com.webplanet.roteiro.examples.report.WaitingQueue;
import br.com.webplanet.roteiro.model.TextBundle;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the Hoje templates show, formatted for one visitor. Built by {@link #of}. */
record HojeView(Map<String, String> t, String lang, String pageTitle, String user, String csrf, long refreshSeconds,
                String date, String now, String lastRun, List<StepRow> steps, List<AlertRow> alerts,
                boolean hasQueue, List<QueueRow> queue, List<TaskItemRow> tasks, boolean canChangeTasks,
                CanaryRow canary, String flash) {

    record StepRow(int number, String id, String title, String wiki, String css, String icon, String status,
                   String summary, String when, List<String> actions) {
        public boolean hasActions() {
            return !actions.isEmpty();
        }

        public int actionCount() {
            return actions.size();
        }
    }

    /** Most actions of one step listed on Hoje (the day's report has them all). */
    static final int MAX_ACTIONS = 30;

    record AlertRow(String key, String title, String detail, String time, boolean acknowledged, String ackBy,
                    String ackAt) {}

    record QueueRow(String ticket, String customer, String subject, String priority, String deadline,
                    String countdown, String css, int percent) {}

    record TaskItemRow(String id, String title, String target, String reason, String step, String wiki, String age,
                       String assignee) {}

    record CanaryRow(String id, String state, String text) {}

    public boolean isToday() {
        return true;
    }

    public boolean script() {
        return true;
    }

    public boolean hasQueueRows() {
        return !queue.isEmpty();
    }

    public boolean hasTasks() {
        return !tasks.isEmpty();
    }

    /** Everything a page needs about the visitor. */
    record Visitor(String user, String csrf, Locale locale, String flash) {}

    static HojeView of(Visitor visitor, Day day, List<StepDescriptor> plan, List<TaskItem> tasks, boolean canChange,
                       List<Alerts.Shown> alerts, Optional<Canary.Probe> canary, Instant now, ZoneId zone,
                       Duration slaRiskUnder, Duration refresh) {
        Locale locale = visitor.locale();
        Map<String, String> t = WebText.labels(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(zone);
        Map<String, StepReport> latest = new LinkedHashMap<>();
        day.steps().forEach(s -> latest.put(s.stepId(), s));
        List<StepRow> steps = new ArrayList<>();
        int n = 0;
        for (StepDescriptor d : plan) {
            n++;
            StepReport s = latest.remove(d.id());
            steps.add(row(n, d.id(), d.title().in(locale), d.wikiLink() == null ? null : d.wikiLink().toString(), s,
                    day, locale, t, time));
        }
        for (StepReport s : latest.values()) {   // ran today but no longer in the plan
            n++;
            steps.add(row(n, s.stepId(), s.title() == null ? s.stepId() : s.title().in(locale),
                    s.wikiLink() == null ? null : s.wikiLink().toString(), s, day, locale, t, time));
        }
        List<AlertRow> alertRows = alerts.stream().map(a -> new AlertRow(a.alert().key(), a.alert().title(),
                a.alert().detail(), time.format(a.alert().raisedAt()), a.acknowledgement().isPresent(),
                a.acknowledgement().map(Alerts.Acknowledgement::who).orElse(""),
                a.acknowledgement().map(x -> time.format(x.at())).orElse(""))).toList();
        Optional<WaitingQueue.Result> queue = day.view().flatMap(WaitingQueue::of);
        List<QueueRow> queueRows = queue.map(q -> queueRows(q.entries(), now, locale, t, dateTime, slaRiskUnder))
                .orElse(List.of());
        Map<String, String> stepTitles = new LinkedHashMap<>();
        plan.forEach(d -> stepTitles.put(d.id(), d.title().in(locale)));
        List<TaskItemRow> taskRows = tasks.stream().map(x -> new TaskItemRow(x.id(), x.title(), x.target(), x.reason(),
                stepTitles.getOrDefault(x.step(), x.step()), x.wikiLink() == null ? null : x.wikiLink().toString(), age(x.ageBusinessDays(), t),
                x.assignee() == null ? "" : x.assignee())).toList();
        CanaryRow canaryRow = canary.map(p -> new CanaryRow(p.canaryId(), p.state(), switch (p.state()) {
            case Canary.Probe.SEEN -> t.get("canarySeen") + " " + p.roundTripMillis() / 1000 + " s";
            case Canary.Probe.MISSING -> t.get("canaryMissing");
            default -> t.get("canaryWaiting");
        })).orElse(null);
        return new HojeView(t, TextBundle.speak(locale).toLanguageTag(), t.get("today"), visitor.user(),
                visitor.csrf(), refresh.toSeconds(), day.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(now),
                day.lastRunAt().map(time::format).orElse(null), List.copyOf(steps), alertRows, queue.isPresent(),
                queueRows, taskRows, canChange, canaryRow, visitor.flash());
    }

    private static StepRow row(int n, String id, String title, String wiki, StepReport s, Day day, Locale locale,
                               Map<String, String> t, DateTimeFormatter time) {
        if (s == null) {
            return new StepRow(n, id, title, wiki, "pending", "\u00b7", t.get("notRun"), "", "", List.of());
        }
        String when = day.lastRunOf(id).map(time::format).orElse("");
        List<String> actions = day.actionsOf(id, MAX_ACTIONS).stream()
                .map(a -> a.description() + (a.target() == null || a.target().isBlank() ? "" : " — " + a.target()))
                .toList();
        return new StepRow(n, id, title, wiki, StatusLook.css(s.status()), StatusLook.icon(s.status()), s.status().label().in(locale),
                s.summary(), when, actions);
    }

    private static List<QueueRow> queueRows(List<WaitingCustomer> entries, Instant now, Locale locale,
                                            Map<String, String> t, DateTimeFormatter dateTime, Duration riskUnder) {
        long scale = Math.max(Duration.ofHours(8).toMinutes(), 1);
        List<QueueRow> rows = new ArrayList<>();
        for (WaitingCustomer w : entries) {
            String countdown;
            String css;
            int percent;
            String deadline = w.deadline() == null ? "" : dateTime.format(w.deadline());
            if (w.deadline() == null) {
                countdown = t.get("noSla");
                css = "none";
                percent = 0;
            } else {
                Duration left = Duration.between(now, w.deadline());
                if (left.isNegative() || left.isZero()) {
                    countdown = t.get("breachedFor") + " " + hoursMinutes(left.abs());
                    css = "breached";
                    percent = 100;
                } else {
                    countdown = t.get("left") + " " + hoursMinutes(left);
                    css = left.compareTo(riskUnder) < 0 ? "risk" : "ok";
                    percent = (int) Math.max(2, Math.min(100, left.toMinutes() * 100 / scale));
                }
            }
            rows.add(new QueueRow(w.ticket().value(), w.customer() == null ? "" : w.customer(),
                    w.subject() == null ? "" : w.subject(), w.priority().label().in(locale), deadline, countdown, css,
                    percent));
        }
        return List.copyOf(rows);
    }

    /** "aberta hoje", "1 dia útil", "3 dias úteis" (English: "opened today", "1 business day", ...). */
    static String age(int businessDays, Map<String, String> t) {
        return switch (businessDays) {
            case 0 -> t.get("ageToday");
            case 1 -> t.get("ageOneDay");
            default -> businessDays + " " + t.get("ageDays");
        };
    }

    /** {@code 40 min}, {@code 2h05}. */
    static String hoursMinutes(Duration d) {
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return hours > 0 ? hours + "h" + String.format(Locale.ROOT, "%02d", minutes) : minutes + " min";
    }
}
