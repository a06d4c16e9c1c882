package br.com.webplanet.roteiro.examples.plugin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * Brazil's national holidays, fixed and movable (from Easter). A plugin that needs the team's own
 * calendar (state and municipal holidays, working hours) uses roteiro-core's business calendar;
 * this example stays on its own on purpose, to show a step with no configuration at all.
 */
final class NationalHolidays {
    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(1, 1), "Confraternização Universal",
            MonthDay.of(4, 21), "Tiradentes",
            MonthDay.of(5, 1), "Dia do Trabalho",
            MonthDay.of(9, 7), "Independência do Brasil",
            MonthDay.of(10, 12), "Nossa Senhora Aparecida",
            MonthDay.of(11, 2), "Finados",
            MonthDay.of(11, 15), "Proclamação da República",
            MonthDay.of(11, 20), "Dia da Consciência Negra",
            MonthDay.of(12, 25), "Natal");

    private NationalHolidays() {}

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static Optional<String> nameOf(LocalDate day) {
        String fixed = FIXED.get(MonthDay.from(day));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        LocalDate easter = easter(day.getYear());
        if (day.equals(easter.minusDays(48)) || day.equals(easter.minusDays(47))) {
            return Optional.of("Carnaval");
        }
        if (day.equals(easter.minusDays(2))) {
            return Optional.of("Sexta-feira Santa");
        }
        if (day.equals(easter.plusDays(60))) {
            return Optional.of("Corpus Christi");
        }
        return Optional.empty();
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
