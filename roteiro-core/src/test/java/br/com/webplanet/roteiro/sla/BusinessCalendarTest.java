package br.com.webplanet.roteiro.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    static final BusinessCalendar CAL = BusinessCalendar.brazil(SP, LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of());

    static Instant sp(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SP).toInstant();
    }

    @Test
    void deadlineAcrossCarnaval2027ResumesAtNoonOnAshWednesday() {
        // Fri 16:00 → 2 h on Friday, weekend, Carnaval Mon 8 and Tue 9, Ash Wednesday opens 12:00
        assertThat(CAL.addBusinessTime(sp("2027-02-05T16:00"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2027-02-10T17:00:00Z"));
    }

    @Test
    void ashWednesdayCanBeAFullWorkingDay() {
        BusinessCalendar cal = BusinessCalendar.builder(SP).ashWednesdayOpensAt(null).build();
        assertThat(cal.addBusinessTime(sp("2027-02-05T16:00"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2027-02-10T13:00:00Z"));
    }

    @Test
    void deadlineAcrossAWeekendResumesOnMonday() {
        assertThat(CAL.addBusinessTime(sp("2026-12-04T17:00"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
    }

    @Test
    void startOutsideWorkingHoursCountsFromNextOpening() {
        assertThat(CAL.addBusinessTime(sp("2026-12-05T10:00"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        assertThat(CAL.addBusinessTime(sp("2026-12-07T06:30"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-12-07T11:30:00Z"));
    }

    @Test
    void endingExactlyAtClosingTimeStaysThatDay() {
        assertThat(CAL.addBusinessTime(sp("2026-12-07T16:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-12-07T21:00:00Z"));
    }

    @Test
    void customMunicipalHolidayIsSkipped() {
        Instant friday = sp("2027-01-22T17:00");
        assertThat(CAL.addBusinessTime(friday, Duration.ofHours(2))).isEqualTo(Instant.parse("2027-01-25T12:00:00Z"));

        BusinessCalendar saoPaulo = BusinessCalendar.brazil(SP, LocalTime.of(8, 0), LocalTime.of(18, 0),
                Map.of(LocalDate.of(2027, 1, 25), "Aniversário de São Paulo"));
        assertThat(saoPaulo.addBusinessTime(friday, Duration.ofHours(2))).isEqualTo(Instant.parse("2027-01-26T12:00:00Z"));
        assertThat(saoPaulo.holidayName(LocalDate.of(2027, 1, 25))).contains("Aniversário de São Paulo");
    }

    @Test
    void annualHolidayRepeatsEveryYear() {
        BusinessCalendar cal = BusinessCalendar.builder(SP)
                .annualHoliday(MonthDay.of(1, 25), "Aniversário de São Paulo").build();
        assertThat(cal.isBusinessDay(LocalDate.of(2027, 1, 25))).isFalse();
        assertThat(cal.isBusinessDay(LocalDate.of(2028, 1, 25))).isFalse();
        assertThat(cal.isBusinessDay(LocalDate.of(2028, 1, 26))).isTrue();
    }

    @Test
    void businessTimeBetweenSkipsCarnavalAndIsNegativeBackwards() {
        Instant a = sp("2027-02-05T17:00");
        Instant b = sp("2027-02-10T13:00");
        assertThat(CAL.businessTimeBetween(a, b)).isEqualTo(Duration.ofHours(2));
        assertThat(CAL.businessTimeBetween(b, a)).isEqualTo(Duration.ofHours(-2));
        assertThat(CAL.businessTimeBetween(a, a)).isZero();
    }

    @Test
    void businessTimeBetweenIsTheInverseOfAdd() {
        Instant from = sp("2027-12-23T15:20");
        Duration amount = Duration.ofHours(27).plusMinutes(13);
        assertThat(CAL.businessTimeBetween(from, CAL.addBusinessTime(from, amount))).isEqualTo(amount);
    }

    @Test
    void previousBusinessDaySkipsWeekendAndCarnaval() {
        assertThat(CAL.previousBusinessDay(LocalDate.of(2027, 2, 10))).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(CAL.previousBusinessDay(LocalDate.of(2027, 2, 11))).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(CAL.previousBusinessDay(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CAL.nextBusinessDay(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void holidayNamesComeFromTheNationalCalendar() {
        assertThat(CAL.holidayName(LocalDate.of(2027, 2, 8))).contains("Carnaval");
        assertThat(CAL.holidayName(LocalDate.of(2027, 2, 9))).contains("Carnaval");
        assertThat(CAL.holidayName(LocalDate.of(2027, 3, 26))).contains("Sexta-feira Santa");
        assertThat(CAL.holidayName(LocalDate.of(2027, 5, 27))).contains("Corpus Christi");
        assertThat(CAL.holidayName(LocalDate.of(2026, 4, 21))).contains("Tiradentes");
        assertThat(CAL.holidayName(LocalDate.of(2026, 12, 8))).isEmpty();
        assertThat(CAL.isBusinessDay(LocalDate.of(2027, 2, 10))).isTrue();
        assertThat(CAL.isBusinessDay(LocalDate.of(2026, 12, 5))).isFalse();
    }

    @Test
    void conscienciaNegraIsNationalFrom2024() {
        assertThat(CAL.holidayName(LocalDate.of(2023, 11, 20))).isEmpty();
        assertThat(CAL.holidayName(LocalDate.of(2024, 11, 20))).contains("Dia Nacional de Zumbi e da Consciência Negra");
    }

    @Test
    void easterMatchesThePublishedDates() {
        assertThat(BrazilianHolidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(BrazilianHolidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(BrazilianHolidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(BrazilianHolidays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(BrazilianHolidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(BrazilianHolidays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(BrazilianHolidays.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(BrazilianHolidays.easter(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void movableHolidaysOf2026() {
        assertThat(BrazilianHolidays.national(2026)).containsEntry(LocalDate.of(2026, 2, 16), "Carnaval")
                .containsEntry(LocalDate.of(2026, 2, 17), "Carnaval")
                .containsEntry(LocalDate.of(2026, 4, 3), "Sexta-feira Santa")
                .containsEntry(LocalDate.of(2026, 6, 4), "Corpus Christi")
                .hasSize(13);
    }

    @Test
    void invalidInputsSayWhatIsWrong() {
        assertThatThrownBy(() -> CAL.addBusinessTime(Instant.EPOCH, Duration.ofHours(-1)))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> BusinessCalendar.builder(SP).workingHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .hasMessageContaining("open before they close");
    }
}
