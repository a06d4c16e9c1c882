package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a {@link DailyReport} as Markdown, in Brazilian Portuguese by default or in English:
 * a header with the date, start, duration and totals per status, then one section per step with
 * its status, summary, counts, actions, human tasks (with wiki links), error and, for the
 * waiting-customers step, the queue as a table; then the open tasks (oldest first, with their age
 * in business days) and the tasks closed that day. Times are shown in the given zone
 * (America/Sao_Paulo by default).
 *
 * <p>Every text that came from outside (mail subjects, customer names, error messages) goes through
 * {@link #text}: HTML is written as entities and Markdown's link and emphasis characters are
 * escaped, so a Markdown viewer never renders an {@code <img onerror>} or a {@code javascript:} link
 * from it; links are written only for {@code http}, {@code https} and {@code mailto} addresses.
 */
public final class MarkdownReportRenderer {
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final Map<StepStatus, String> ICONS = Map.of(StepStatus.DONE, "✅", StepStatus.NOTHING_TO_DO, "➖",
            StepStatus.NEEDS_ATTENTION, "⚠️", StepStatus.FAILED, "❌", StepStatus.SKIPPED, "⏭️");

    private final ZoneId zone;

    /** Times in America/Sao_Paulo. */
    public MarkdownReportRenderer() {
        this(DEFAULT_ZONE);
    }

    public MarkdownReportRenderer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    /** The report in pt-BR. */
    public String render(DailyReport report) {
        return render(report, Localized.PT_BR);
    }

    /** The report in {@code locale}: English for any English locale, pt-BR otherwise. */
    public String render(DailyReport report, Locale locale) {
        Objects.requireNonNull(report, "report is null");
        ReportLabels labels = new ReportLabels(Objects.requireNonNull(locale, "locale is null"), zone);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(labels.get("report.title", labels.date(report.runDate()))).append("\n\n");
        out.append(labels.get("report.started", labels.dateTime(report.startedAt()),
                labels.duration(Duration.between(report.startedAt(), report.finishedAt())))).append("\n\n");
        if (report.dryRun()) {
            out.append(labels.get("report.dryRun")).append("\n\n");
        }
        if (report.runs().size() > 1) {
            out.append(labels.get("report.runs", String.valueOf(report.runs().size()))).append("\n\n");
        }
        if (report.steps().isEmpty()) {
            out.append(labels.get("report.noSteps")).append('\n');
            tasks(out, report, labels);
            return out.toString();
        }
        out.append(labels.get("report.totals", String.valueOf(report.steps().size()), totals(report, labels)))
                .append('\n');
        for (StepReport step : report.steps()) {
            out.append('\n');
            step(out, step, labels);
        }
        tasks(out, report, labels);
        return out.toString();
    }

    private static String totals(DailyReport report, ReportLabels labels) {
        List<String> parts = new ArrayList<>();
        for (StepStatus s : StepStatus.values()) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(ICONS.get(s) + " " + s.label().in(labels.locale()) + ": " + n);
            }
        }
        return String.join(" · ", parts);
    }

    private static void step(StringBuilder out, StepReport step, ReportLabels labels) {
        String title = step.title() == null ? step.stepId() : step.title().in(labels.locale());
        out.append("## ").append(step.order()).append(". ").append(ICONS.get(step.status())).append(' ')
                .append(title).append(" — ").append(step.status().label().in(labels.locale())).append("\n\n");
        out.append(labels.get("step.meta", step.stepId(), step.module() == null ? "—" : step.module(),
                labels.duration(step.duration())));
        if (step.wikiLink() != null) {
            out.append(" · ").append(link(labels.get("step.wiki.label"), step.wikiLink()));
        }
        out.append('\n');
        if (!step.summary().isBlank()) {
            out.append('\n').append(line(step.summary())).append('\n');
        }
        if (!step.counts().isEmpty()) {
            out.append('\n').append("**").append(labels.get("section.counts")).append("** ")
                    .append(step.counts().entrySet().stream().map(e -> text(labels.format().counter(e.getKey())) + " " + e.getValue())
                            .collect(Collectors.joining(" · "))).append('\n');
        }
        if (!step.actions().isEmpty()) {
            out.append('\n').append("**").append(labels.get("section.actions")).append("**\n\n");
            step.actions().forEach(a -> out.append(action(a, labels)).append('\n'));
        }
        if (!step.humanTasks().isEmpty()) {
            out.append('\n').append("**").append(labels.get("section.humanTasks")).append("**\n\n");
            step.humanTasks().forEach(t -> out.append(task(t, labels)).append('\n'));
        }
        if (step.error() != null) {
            StepError e = step.error();
            String type = e.type().substring(e.type().lastIndexOf('.') + 1);
            out.append('\n').append("**").append(labels.get("section.error")).append("** ")
                    .append(type.isEmpty() ? "" : "`" + type + "`: ").append(line(e.message())).append('\n');
            e.causes().forEach(c -> out.append("- ").append(labels.get("error.cause")).append(": ").append(line(c))
                    .append('\n'));
        }
        QueueTable.render(out, step.detail(br.com.webplanet.roteiro.model.WaitingQueueDetail.class)
                .map(br.com.webplanet.roteiro.model.WaitingQueueDetail::entries).orElse(null), labels);
    }

    private static String action(ActionRecord a, ReportLabels labels) {
        StringBuilder s = new StringBuilder(a.planned() ? "- ◌ " : "- ✔ ");
        s.append(line(a.description().isBlank() ? a.kind() : a.description()));
        s.append(" (").append(code(a.kind()));
        if (!a.target().isBlank()) {
            s.append(" → ").append(line(a.target()));
        }
        s.append(')');
        if (a.planned()) {
            s.append(" _").append(labels.get("action.planned")).append('_');
        }
        return s.toString();
    }

    private static String task(HumanTask t, ReportLabels labels) {
        StringBuilder s = new StringBuilder("- [ ] **").append(line(t.title())).append("**");
        if (!t.target().isBlank()) {
            s.append(" — ").append(line(t.target()));
        }
        if (!t.reason().isBlank()) {
            s.append(": ").append(line(t.reason()));
        }
        if (t.wikiLink() != null) {
            s.append(" (").append(link(labels.get("task.wiki"), t.wikiLink())).append(')');
        }
        return s.toString();
    }

    private static void tasks(StringBuilder out, DailyReport report, ReportLabels labels) {
        List<TaskLine> open = report.openTasks();
        List<TaskLine> closed = report.closedTasks();
        if (report.tasks().isEmpty()) {
            return;   // no task open nor closed that day (or a report written before tasks had a life)
        }
        ReportFormat f = labels.format();
        out.append("\n## ").append(labels.get("section.openTasks")).append("\n\n");
        if (open.isEmpty()) {
            out.append(labels.get("tasks.none")).append('\n');
        } else {
            out.append(labels.get("tasks.header")).append('\n').append("|---|---|---|---|---|---|---|\n");
            for (TaskLine t : open) {
                out.append("| ").append(code(t.id())).append(" | ").append(cell(t.title())).append(" | ")
                        .append(cell(t.target())).append(" | ").append(cell(t.reason())).append(" | ")
                        .append(f.date(t.openedOn())).append(" | ").append(f.businessDays(t.ageBusinessDays()))
                        .append(" | ").append(t.assignee() == null ? "—" : cell(t.assignee())).append(" |\n");
            }
        }
        if (!closed.isEmpty()) {
            out.append("\n## ").append(labels.get("section.closedTasks")).append("\n\n")
                    .append(labels.get("tasks.closedHeader")).append('\n').append("|---|---|---|---|---|---|\n");
            for (TaskLine t : closed) {
                out.append("| ").append(code(t.id())).append(" | ").append(cell(t.title())).append(" | ")
                        .append(t.state().label().in(f.locale())).append(" | ")
                        .append(t.closedBy() == null ? "—" : cell(t.closedBy())).append(" | ")
                        .append(t.closedAt() == null ? "—" : f.dateTime(t.closedAt())).append(" | ")
                        .append(t.closeNote().isBlank() ? "—" : cell(t.closeNote())).append(" |\n");
            }
        }
    }

    /** User text on one Markdown line, neutralised (see {@link #text}). */
    private static String line(String text) {
        return text(text.replace("\r", "").replace("\n", " ").strip());
    }

    /** User text in a table cell: one line, neutralised, pipes escaped. */
    private static String cell(String text) {
        return line(text).replace("|", "\\|");
    }

    /**
     * Text from outside made inert for Markdown viewers: {@code & < >} as HTML entities (no tag, no
     * autolink), and {@code \ ` * _ [ ] ~} escaped (no link, image, emphasis or code span from it).
     */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        if (out.length() > 0 && (out.charAt(0) == '#' || out.charAt(0) == '+' || out.charAt(0) == '-')) {
            out.insert(0, '\\');   // not a heading or list item of its own
        }
        return out.toString();
    }

    /** Our own identifiers in a code span (backticks in them dropped). */
    private static String code(String id) {
        return "`" + id.replace("`", "") + "`";
    }

    /** A link only for http(s) and mailto; anything else (e.g. {@code javascript:}) as inert text. */
    static String link(String label, java.net.URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String address = uri.toASCIIString();
        if ((scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto"))
                && address.chars().noneMatch(ch -> ch == '<' || ch == '>' || ch <= ' ')) {
            return "[" + text(label) + "](" + address.replace("(", "%28").replace(")", "%29") + ")";
        }
        return text(label) + ": " + text(address);
    }
}
