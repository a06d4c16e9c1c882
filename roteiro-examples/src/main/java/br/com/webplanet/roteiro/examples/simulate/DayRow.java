package br.com.webplanet.roteiro.examples.simulate;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One simulated business day: the morning run and what arrived during the day.
 *
 * @param mails          mail delivered to support during the day (customers, automatic replies, bounces)
 * @param ticketsOpened  tickets the morning run opened
 * @param replies        customer replies delivered during the day
 * @param reopenings     concluído tickets the morning run moved back to work
 * @param longestSilence longest business time a customer waiting on the team had gone without a word from us, after the run
 * @param runMillis      wall time of the morning run
 * @param journalBytes   size of the H2 journal file after the run
 * @param violations     invariants first broken on this day
 * @param failedSteps    steps of the morning run that failed, as {@code id: error}
 */
public record DayRow(int day, LocalDate date, long mails, long ticketsOpened, long replies, long reopenings,
                     Duration longestSilence, long runMillis, long journalBytes, int violations,
                     java.util.List<String> failedSteps) {
    public DayRow {
        failedSteps = java.util.List.copyOf(failedSteps);
    }
}
