package br.com.webplanet.roteiro.examples.web;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the web page reads "the day" from. Today {@link RunHistoryDaySource} merges the journal's
 * run history; the day view of the tasks work (one view of all runs of a date) plugs in here
 * without touching the pages.
 */
public interface DaySource {
    /** The day {@code date}, empty when nothing ran. */
    Day day(LocalDate date);

    /** Days that have runs, newest first, at most {@code limit}. */
    List<LocalDate> days(int limit);
}
