package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The team's business calendar (Brazil's national holidays are built in).
 *
 * @param zone          time zone of the team
 * @param opensAt       start of the working day
 * @param closesAt      end of the working day
 * @param extraHolidays state, municipal and company holidays (date → name)
 */
public record CalendarSettings(@Default("America/Sao_Paulo") ZoneId zone, @Default("08:00") LocalTime opensAt,
                               @Default("18:00") LocalTime closesAt, Map<LocalDate, String> extraHolidays) {
    public CalendarSettings {
        zone = zone == null ? ZoneId.of("America/Sao_Paulo") : zone;
        opensAt = opensAt == null ? LocalTime.of(8, 0) : opensAt;
        closesAt = closesAt == null ? LocalTime.of(18, 0) : closesAt;
        extraHolidays = extraHolidays == null ? Map.of() : Map.copyOf(extraHolidays);
    }

    public static CalendarSettings defaults() {
        return new CalendarSettings(null, null, null, null);
    }

    public BusinessCalendar toCalendar() {
        return BusinessCalendar.brazil(zone, opensAt, closesAt, extraHolidays);
    }
}
