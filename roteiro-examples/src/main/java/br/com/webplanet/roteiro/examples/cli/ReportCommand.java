package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.ReportConfig;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.examples.report.HtmlReportRenderer;
import br.com.webplanet.roteiro.report.DailyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roteiro report}: renders a day again from the journal — every run of the date merged (the
 * morning routine, re-runs, watch's mail runs), with the open tasks and those closed that day.
 */
@Command(name = "report", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class ReportCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { html, md, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "report-date")
    LocalDate date;

    @Option(names = "--format", paramLabel = "html|md|json", defaultValue = "html", descriptionKey = "format")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Roteiro roteiro = Launch.builder(spec, config).build()) {
            ReportConfig reportConfig = RoutineRun.reportConfig(roteiro);
            LocalDate day = date != null ? date : LocalDate.now(Launch.clock(spec).withZone(reportConfig.zone()));
            DailyReport report = roteiro.history().day(day)
                    .orElseThrow(() -> new RoteiroCli.CliUsageException(CliText.get("report.none", day)));
            ReportFormats.write(report, format, output, reportConfig, out);
        }
        return ExitCode.OK;
    }
}
