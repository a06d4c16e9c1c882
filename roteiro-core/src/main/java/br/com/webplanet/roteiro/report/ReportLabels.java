package br.com.webplanet.roteiro.report;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** The report's labels and formats in one language ({@code messages.properties} = pt-BR, {@code _en} = English). */
final class ReportLabels {
    private final ReportFormat format;

    ReportLabels(Locale locale, ZoneId zone) {
        this.format = new ReportFormat(locale, zone);
    }

    Locale locale() {
        return format.locale();
    }

    ReportFormat format() {
        return format;
    }

    String get(String key, Object... args) {
        String pattern = format.text(key);   // the report bundle writes quotes as quotes, even with arguments
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), format.locale()).format(args);
    }

    String date(LocalDate date) {
        return format.date(date);
    }

    String dateTime(Instant instant) {
        return format.dateTime(instant);
    }

    String duration(Duration d) {
        return format.duration(d);
    }
}
