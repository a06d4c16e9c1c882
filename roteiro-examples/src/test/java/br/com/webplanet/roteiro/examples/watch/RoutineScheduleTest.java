package br.com.webplanet.roteiro.examples.watch;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutineScheduleTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private final RoutineSchedule schedule = new RoutineSchedule(BusinessCalendar.brazil(SP, LocalTime.of(8, 0),
            LocalTime.of(18, 0), Map.of(LocalDate.of(2027, 1, 25), "Aniversário de São Paulo")), LocalTime.of(8, 30));

    @Test
    void beforeTheTimeOnABusinessDayRunsToday() {
        assertThat(next("2026-11-25T07:00")).isEqualTo("2026-11-25T08:30");
    }

    @Test
    void afterTheTimeOnAFridayRunsOnMonday() {
        assertThat(next("2026-11-27T09:00")).isEqualTo("2026-11-30T08:30");
    }

    @Test
    void skipsNationalAndMunicipalHolidays() {
        assertThat(next("2026-11-19T12:00")).isEqualTo("2026-11-23T08:30");   // 20/11 Consciência Negra, then the weekend
        assertThat(next("2027-01-22T12:00")).isEqualTo("2027-01-26T08:30");   // 25/01 municipal holiday (Monday)
    }

    private String next(String localNow) {
        Instant now = LocalDateTime.parse(localNow).atZone(SP).toInstant();
        return schedule.nextAfter(now).toLocalDateTime().toString();
    }
}
