package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The few lines a run prints on stdout: each step with its status and summary, and where the report is. */
public final class RunSummary {
    private RunSummary() {}

    public static void print(PrintWriter out, DailyReport report, Path html) {
        Locale locale = CliText.locale();
        out.println(CliText.get(report.dryRun() ? "summary.headerDryRun" : "summary.header",
                new br.com.webplanet.roteiro.report.ReportFormat(locale, java.time.ZoneOffset.UTC).date(report.runDate()), report.runId()));
        int n = 0;
        for (StepReport step : report.steps()) {
            n++;
            String title = step.title() == null ? step.stepId() : step.title().in(locale);
            String summary = step.error() != null && step.summary().isEmpty() ? step.error().message() : step.summary();
            out.printf("  %s %d. %s — %s  [%s]%n", icon(step.status()), n, title,
                    step.status().label().in(locale), step.stepId());
            if (!summary.isBlank()) {
                out.printf("       %s%n", summary);
            }
        }
        long tasks = report.tasks().isEmpty() ? report.steps().stream().mapToLong(s -> s.humanTasks().size()).sum()
                : report.openTasks().size();
        out.println(CliText.get("summary.totals", report.count(StepStatus.DONE) + report.count(StepStatus.NOTHING_TO_DO),
                report.count(StepStatus.NEEDS_ATTENTION), report.count(StepStatus.FAILED),
                report.count(StepStatus.SKIPPED), tasks));
        if (html != null) {
            out.println(CliText.get("summary.report", html.toAbsolutePath().normalize()));
        }
        out.flush();
    }

    static String icon(StepStatus status) {
        return switch (status) {
            case DONE -> "\u2714";
            case NOTHING_TO_DO -> "\u00b7";
            case NEEDS_ATTENTION -> "!";
            case FAILED -> "\u2716";
            case SKIPPED -> "\u00bb";
        };
    }
}
