package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.report.DailyReport;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import br.com.webplanet.roteiro.model.TextBundle;

/**
 * Renders a {@link DailyReport} as one self-contained HTML page (inline CSS and SVG, no script,
 * nothing fetched from anywhere) from the Mustache template {@code daily-report.mustache}; labels
 * come from the {@code report} bundle (pt-BR, English).
 */
public final class HtmlReportRenderer {
    private static final String BASE = "br/com/webplanet/roteiro/examples/report";
    private final Mustache template;
    private final ZoneId zone;

    public HtmlReportRenderer(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.template = new DefaultMustacheFactory(BASE).compile("daily-report.mustache");
    }

    public String render(DailyReport report, Locale locale) {
        Objects.requireNonNull(report, "report is null");
        Objects.requireNonNull(locale, "locale is null");
        StringWriter out = new StringWriter();
        template.execute(out, ReportView.of(report, locale, zone, labels(locale)));
        return out.toString();
    }

    /** Renders into {@code file} (UTF-8), creating its directory, and returns the file. */
    public Path write(DailyReport report, Locale locale, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            return Files.writeString(file, render(report, locale), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report to " + file, e);
        }
    }

    private static Map<String, String> labels(Locale locale) {
        return Map.copyOf(TextBundle.of(HtmlReportRenderer.class, "report", locale).all());
    }
}
