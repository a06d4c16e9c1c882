package br.com.webplanet.roteiro.report;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's labels and formats in one language ({@code messages.properties} = pt-BR, {@code _en} = English). */
final class ReportLabels {
    private static final String BUNDLE = "br.com.webplanet.roteiro.report.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    ReportLabels(Locale locale, ZoneId zone) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : br.com.webplanet.roteiro.model.Localized.PT_BR;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), locale).format(date);
    }

    String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), locale).format(instant.atZone(zone));
    }

    /** {@code 1 h 05 min}, {@code 3 min 07 s}, {@code 12 s}; negative with a leading minus. */
    static String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        } else if (s >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
