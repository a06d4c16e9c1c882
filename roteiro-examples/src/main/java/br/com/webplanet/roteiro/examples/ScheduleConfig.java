package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.Default;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Section {@code schedule} of {@code roteiro.yaml}: when {@code roteiro watch} runs the whole
 * routine. It runs once per business day (Brazilian national holidays plus {@code holidays}) at
 * {@code routineAt}; between runs it watches the mailbox.
 *
 * @param routineAt time of day of the full routine
 * @param zone      time zone of {@code routineAt} and of the calendar
 * @param holidays  state, municipal and company holidays (date → name), on top of the national ones
 */
public record ScheduleConfig(@Default("08:00") LocalTime routineAt, @Default("America/Sao_Paulo") ZoneId zone,
                             Map<LocalDate, String> holidays) {
    /** The configuration prefix. */
    public static final String PREFIX = "schedule";

    public ScheduleConfig {
        routineAt = routineAt == null ? LocalTime.of(8, 0) : routineAt;
        zone = zone == null ? ZoneId.of("America/Sao_Paulo") : zone;
        holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
    }
}
