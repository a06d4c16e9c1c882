package br.com.webplanet.roteiro.g3stor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.ConfigBinding;
import br.com.webplanet.roteiro.config.ConfigurationException;
import br.com.webplanet.roteiro.config.RoteiroConfiguration;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarSettingsTest {
    private static G3storRules bind(Map<String, Object> calendar) {
        RoteiroConfiguration config = RoteiroConfiguration.of(Map.of("g3stor", Map.of("calendar", calendar)), Map.of());
        config.validate(List.of(new ConfigBinding(G3storRules.class, "g3stor")));
        return config.value(G3storRules.class, "g3stor");
    }

    @Test
    void yearlyHolidaysFromTheFileApplyEveryYearBesideDatedOnes() {
        G3storRules rules = bind(Map.of("holidays", List.of(
                Map.of("yearly", "07-09", "name", "Revolução Constitucionalista (SP)"),
                Map.of("date", "2027-12-24", "name", "Véspera de Natal"))));

        assertThat(rules.calendar().holidays()).containsExactly(
                CalendarSettings.Holiday.yearly(MonthDay.of(7, 9), "Revolução Constitucionalista (SP)"),
                CalendarSettings.Holiday.on(LocalDate.of(2027, 12, 24), "Véspera de Natal"));
        BusinessCalendar calendar = rules.calendar().toCalendar();
        for (int year : new int[] {2026, 2027, 2031}) {
            assertThat(calendar.holidayName(LocalDate.of(year, 7, 9))).contains("Revolução Constitucionalista (SP)");
        }
        assertThat(calendar.holidayName(LocalDate.of(2027, 12, 24))).contains("Véspera de Natal");
        assertThat(calendar.holidayName(LocalDate.of(2028, 12, 24))).isEmpty();      // dated: that year only
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 7, 9))).isFalse();         // a Friday, but a holiday
    }

    @Test
    void aHolidayNeedsExactlyOneOfYearlyAndDate() {
        assertThatThrownBy(() -> bind(Map.of("holidays", List.of(Map.of("name", "Sem data"),
                Map.of("yearly", "07-09", "date", "2027-07-09", "name", "As duas")))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("g3stor.calendar.holidays[0] (Sem data)")
                .hasMessageContaining("g3stor.calendar.holidays[1] (As duas)");
    }

    @Test
    void aBadMonthDayNamesItsKeyAndTheForm() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThatThrownBy(() -> bind(Map.of("holidays", List.of(Map.of("yearly", "31-02", "name", "X")))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("'g3stor.calendar.holidays[0].yearly' must be a day of the year like \"07-09\"");
        } finally {
            Locale.setDefault(before);
        }
    }
}
