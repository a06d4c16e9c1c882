package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.TextBundle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * The one place reports (Markdown, HTML, mail, CLI lists) format dates, times, durations, ages and
 * counter names, in the report's language: pt-BR ({@code 25/11/2026 08:30}, {@code 1 h 05 min},
 * {@code 2 dias úteis}, {@code chamados abertos}) or English ({@code 2026-11-25 08:30},
 * {@code 2 business days}, {@code tickets opened}). Times are shown in {@code zone}.
 */
public final class ReportFormat {
    private final Locale locale;
    private final ZoneId zone;
    private final TextBundle bundle;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ReportFormat(Locale locale, ZoneId zone) {
        Objects.requireNonNull(locale, "locale is null");
        this.locale = TextBundle.speak(locale);
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.bundle = TextBundle.of(ReportFormat.class, "messages", this.locale);
        this.date = DateTimeFormatter.ofPattern(bundle.get("format.date"), this.locale);
        this.dateTime = DateTimeFormatter.ofPattern(bundle.get("format.dateTime"), this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The text of {@code key} of the report bundle, as written. */
    String text(String key) {
        return bundle.get(key);
    }

    /** {@code 25/11/2026} / {@code 2026-11-25}. */
    public String date(LocalDate value) {
        return date.format(value);
    }

    /** {@code 25/11/2026 08:30} in the report's zone. */
    public String dateTime(Instant value) {
        return dateTime.format(value.atZone(zone));
    }

    /** {@code 08:30} in the report's zone. */
    public String time(Instant value) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(value.atZone(zone));
    }

    /**
     * A duration as people read it: {@code 350 ms}, {@code 12 s}, {@code 40 min},
     * {@code 3 min 07 s}, {@code 1 h 05 min}; negative with a leading minus.
     */
    public String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long s = d.getSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        } else if (s >= 60) {
            return s % 60 == 0 ? s / 60 + " min" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        } else if (s == 0 && d.toMillis() > 0) {
            return d.toMillis() + " ms";
        }
        return s + " s";
    }

    /** An age in business days: {@code hoje}, {@code 1 dia útil}, {@code 3 dias úteis}. */
    public String businessDays(int days) {
        return days <= 0 ? bundle.get("age.today")
                : days == 1 ? bundle.get("age.one") : bundle.get("age.many").replace("{0}", Integer.toString(days));
    }

    /** A counter's label ({@code ticketsOpened} → {@code chamados abertos}); the name itself when it has none. */
    public String counter(String name) {
        try {
            return bundle.get("counter." + name);
        } catch (MissingResourceException e) {
            return name;
        }
    }
}
