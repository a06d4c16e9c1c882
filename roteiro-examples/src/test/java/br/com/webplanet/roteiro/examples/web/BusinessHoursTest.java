package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Intake silence counts only in business hours and from today's opening: a quiet night is no stall. */
class BusinessHoursTest {
    private final BusinessHours hours = new BusinessHours(BusinessCalendar.brazil(ZoneId.of("America/Sao_Paulo"),
            LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of()));

    @Test
    void silenceStartsAtOpeningAfterAQuietNight() {
        Instant tuesday0830 = Instant.parse("2026-12-01T11:30:00Z");
        assertThat(hours.intakeSilence(Optional.of(Duration.ofHours(14)), tuesday0830)).contains(Duration.ofMinutes(30));
        assertThat(hours.intakeSilence(Optional.empty(), tuesday0830)).contains(Duration.ofMinutes(30));
    }

    @Test
    void duringTheDayItIsTheTimeSinceTheLastIntake() {
        Instant tuesday1400 = Instant.parse("2026-12-01T17:00:00Z");
        assertThat(hours.intakeSilence(Optional.of(Duration.ofMinutes(10)), tuesday1400)).contains(Duration.ofMinutes(10));
    }

    @Test
    void nightsWeekendsAndHolidaysExpectNothing() {
        assertThat(hours.intakeSilence(Optional.of(Duration.ofHours(5)), Instant.parse("2026-12-02T02:00:00Z"))).isEmpty();
        assertThat(hours.intakeSilence(Optional.of(Duration.ofHours(5)), Instant.parse("2026-12-05T14:00:00Z")))
                .as("Saturday").isEmpty();
        assertThat(hours.intakeSilence(Optional.of(Duration.ofHours(5)), Instant.parse("2026-12-25T14:00:00Z")))
                .as("Christmas").isEmpty();
    }
}
