package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.Default;
import java.time.LocalTime;

/**
 * Section {@code schedule} of {@code roteiro.yaml}: when {@code roteiro watch} runs the whole
 * routine — once per business day at {@code routineAt}, by the team's business calendar
 * ({@code g3stor.calendar}: time zone, national holidays plus state and municipal ones). Between
 * runs it watches the mailbox.
 *
 * @param routineAt time of day of the full routine, in the calendar's time zone
 */
public record ScheduleConfig(@Default("08:00") LocalTime routineAt) {
    /** The configuration prefix. */
    public static final String PREFIX = "schedule";

    public ScheduleConfig {
        routineAt = routineAt == null ? LocalTime.of(8, 0) : routineAt;
    }
}
