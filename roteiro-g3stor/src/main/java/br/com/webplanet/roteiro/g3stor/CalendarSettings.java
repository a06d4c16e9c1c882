package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The team's business calendar (Brazil's national holidays are built in).
 *
 * <pre>{@code
 * calendar:
 *   holidays:
 *     - yearly: "07-09"              # every year: state and municipal holidays, written once
 *       name: Revolução Constitucionalista (SP)
 *     - date: "2027-12-24"           # one day
 *       name: Véspera de Natal (ponto facultativo)
 * }</pre>
 *
 * @param zone          time zone of the team
 * @param opensAt       start of the working day
 * @param closesAt      end of the working day
 * @param extraHolidays dated holidays as a map (date → name), the older form of {@code holidays}
 * @param holidays      state, municipal and company holidays: each {@code yearly} (month-day, every
 *                      year) or on one {@code date}, with a {@code name}
 */
public record CalendarSettings(@Default("America/Sao_Paulo") ZoneId zone, @Default("08:00") LocalTime opensAt,
                               @Default("18:00") LocalTime closesAt, Map<LocalDate, String> extraHolidays,
                               List<Holiday> holidays) implements Validated.Bilingual {
    public CalendarSettings {
        zone = zone == null ? ZoneId.of("America/Sao_Paulo") : zone;
        opensAt = opensAt == null ? LocalTime.of(8, 0) : opensAt;
        closesAt = closesAt == null ? LocalTime.of(18, 0) : closesAt;
        extraHolidays = extraHolidays == null ? Map.of() : Map.copyOf(extraHolidays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** Without yearly holidays (the first form of this record). */
    public CalendarSettings(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Map<LocalDate, String> extraHolidays) {
        this(zone, opensAt, closesAt, extraHolidays, List.of());
    }

    public static CalendarSettings defaults() {
        return new CalendarSettings(null, null, null, null, null);
    }

    public BusinessCalendar toCalendar() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone).workingHours(opensAt, closesAt)
                .holidays(extraHolidays);
        for (Holiday h : holidays) {
            h.yearly().ifPresent(day -> builder.annualHoliday(day, h.name()));
            h.date().ifPresent(day -> builder.holiday(day, h.name()));
        }
        return builder.build();
    }

    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            String key = "g3stor.calendar.holidays[" + i + "]";
            if (h.yearly().isPresent() == h.date().isPresent()) {
                problems.add(en ? key + " (" + h.name() + ") needs either yearly: \"MM-DD\" (every year) or date: "
                        + "\"YYYY-MM-DD\" (one day), not both nor neither"
                        : key + " (" + h.name() + ") precisa de yearly: \"MM-DD\" (todo ano) ou de date: \"AAAA-MM-DD\""
                        + " (um dia), não dos dois nem de nenhum");
            }
        }
        return problems;
    }

    /**
     * A holiday of the team's own.
     *
     * @param yearly the same day every year, written {@code "07-09"} (month-day)
     * @param date   one day, written {@code "2027-12-24"}
     * @param name   what it is (shown in reports)
     */
    public record Holiday(Optional<MonthDay> yearly, Optional<LocalDate> date, String name) {
        public Holiday {
            yearly = yearly == null ? Optional.empty() : yearly;
            date = date == null ? Optional.empty() : date;
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a holiday needs a name");
            }
        }

        public static Holiday yearly(MonthDay day, String name) {
            return new Holiday(Optional.of(day), Optional.empty(), name);
        }

        public static Holiday on(LocalDate date, String name) {
            return new Holiday(Optional.empty(), Optional.of(date), name);
        }
    }
}
