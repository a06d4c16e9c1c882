package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ReportConfig;
import br.com.webplanet.roteiro.examples.report.HtmlReportRenderer;
import br.com.webplanet.roteiro.examples.report.ReportMailer;
import br.com.webplanet.roteiro.report.DailyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Runs the routine (or some steps), writes the day's HTML report (every run of the date merged, with
 * the open tasks), mails it when configured, prints the run's summary.
 */
public final class RoutineRun {
    private RoutineRun() {}

    /** A run's report and where its HTML went. */
    public record Outcome(DailyReport report, Path html) {
        public int exitCode() {
            return report.exitCode();
        }
    }

    public static Outcome all(Roteiro roteiro, PrintWriter out) {
        return finish(roteiro, roteiro.run(), out);
    }

    public static Outcome steps(Roteiro roteiro, Set<String> ids, PrintWriter out) {
        return finish(roteiro, roteiro.runSteps(ids), out);
    }

    private static Outcome finish(Roteiro roteiro, DailyReport report, PrintWriter out) {
        ReportConfig config = reportConfig(roteiro);
        DailyReport day = dayOf(roteiro, report);
        Path html = new HtmlReportRenderer(config.zone()).write(day, CliText.locale(),
                config.fileFor(report.runDate(), report.dryRun()));
        RunSummary.print(out, report, html);
        if (!report.dryRun() && !config.mailTo().isEmpty()) {
            ReportMailer.send(roteiro, config, day, html).ifPresentOrElse(
                    p -> out.println(CliText.get("report.mailFailed", p)),
                    () -> out.println(CliText.get("report.mailed", String.join(", ", config.mailTo()))));
        }
        return new Outcome(report, html);
    }

    /**
     * Writes the HTML report of {@code report}'s day again (e.g. after each of watch's mail runs) and
     * returns the file; the run's own report when it was a dry-run (dry-runs are not kept).
     */
    public static Path refreshDay(Roteiro roteiro, DailyReport report) {
        ReportConfig config = reportConfig(roteiro);
        return new HtmlReportRenderer(config.zone()).write(dayOf(roteiro, report), CliText.locale(),
                config.fileFor(report.runDate(), report.dryRun()));
    }

    /** The day's view for a kept run; the run itself for a dry-run. */
    private static DailyReport dayOf(Roteiro roteiro, DailyReport report) {
        return report.dryRun() ? report : roteiro.history().day(report.runDate()).orElse(report);
    }

    /** The {@code report} section, or its defaults when the launcher module is not wired. */
    public static ReportConfig reportConfig(Roteiro roteiro) {
        return roteiro.lookup(ReportConfig.class).orElseGet(() -> new ReportConfig(null, List.of(), null));
    }
}
