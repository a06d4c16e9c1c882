package br.com.webplanet.roteiro.sla;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brazil's national holidays for a year: the fixed ones (Confraternização Universal, Tiradentes,
 * Dia do Trabalho, Independência, Nossa Senhora Aparecida, Finados, Proclamação da República,
 * Dia Nacional de Zumbi e da Consciência Negra from 2024 on, Natal) and the movable ones computed
 * from Easter: Carnaval (Monday and Tuesday), Sexta-feira Santa and Corpus Christi. Carnaval and
 * Corpus Christi are legally "pontos facultativos", but offices close on them, so they count as
 * holidays here. Ash Wednesday is not a holiday; {@link BusinessCalendar} may start it late.
 */
public final class BrazilianHolidays {
    /** First year in which 20 November is a national holiday (Lei 14.759/2023). */
    public static final int CONSCIENCIA_NEGRA_SINCE = 2024;

    private BrazilianHolidays() {}

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus
     * (Meeus/Jones/Butcher).
     */
    public static LocalDate easter(int year) {
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
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Ash Wednesday (Quarta-feira de Cinzas): Easter − 46 days. */
    public static LocalDate ashWednesday(int year) {
        return easter(year).minusDays(46);
    }

    /** The national holidays of {@code year}, date → pt-BR name, in date order. */
    public static Map<LocalDate, String> national(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Confraternização Universal");
        days.put(LocalDate.of(year, Month.APRIL, 21), "Tiradentes");
        days.put(LocalDate.of(year, Month.MAY, 1), "Dia do Trabalho");
        days.put(LocalDate.of(year, Month.SEPTEMBER, 7), "Independência do Brasil");
        days.put(LocalDate.of(year, Month.OCTOBER, 12), "Nossa Senhora Aparecida");
        days.put(LocalDate.of(year, Month.NOVEMBER, 2), "Finados");
        days.put(LocalDate.of(year, Month.NOVEMBER, 15), "Proclamação da República");
        if (year >= CONSCIENCIA_NEGRA_SINCE) {
            days.put(LocalDate.of(year, Month.NOVEMBER, 20), "Dia Nacional de Zumbi e da Consciência Negra");
        }
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Natal");
        LocalDate easter = easter(year);
        days.put(easter.minusDays(48), "Carnaval");
        days.put(easter.minusDays(47), "Carnaval");
        days.put(easter.minusDays(2), "Sexta-feira Santa");
        days.put(easter.plusDays(60), "Corpus Christi");
        return Collections.unmodifiableMap(days);
    }
}
