package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.examples.ReportConfig;
import br.com.webplanet.roteiro.examples.report.HtmlReportRenderer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.JsonReportRenderer;
import br.com.webplanet.roteiro.report.MarkdownReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report as HTML (a file), Markdown or JSON (stdout, or a file with {@code --output}). */
final class ReportFormats {
    private ReportFormats() {}

    static void write(DailyReport report, ReportCommand.Format format, Path output, ReportConfig config,
                      PrintWriter out) {
        if (format == ReportCommand.Format.html) {
            Path file = new HtmlReportRenderer(config.zone()).write(report, CliText.locale(),
                    output != null ? output : config.fileFor(report.runDate(), report.dryRun()));
            out.println(CliText.get("summary.report", file.toAbsolutePath().normalize()));
            out.flush();
            return;
        }
        String text = format == ReportCommand.Format.md
                ? new MarkdownReportRenderer(config.zone()).render(report, CliText.locale())
                : new JsonReportRenderer().render(report);
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
            out.println(CliText.get("summary.report", output.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + output, e);
        }
    }
}
