package br.com.webplanet.roteiro.examples.web;

import java.time.LocalDate;
import java.util.List;

/** Where the web page reads "the day" from ({@link RunHistoryDaySource}: the journal's day view). */
public interface DaySource {
    /** The day {@code date}, empty when nothing ran. */
    Day day(LocalDate date);

    /** The day for a list of days: as {@link #day}, but it may leave out when each step ran. */
    default Day summary(LocalDate date) {
        return day(date);
    }

    /** Days that have runs, newest first, at most {@code limit}. */
    List<LocalDate> days(int limit);
}
