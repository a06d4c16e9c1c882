package br.com.webplanet.roteiro.examples.simulate;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One invariant broken on one simulated day, naming the ticket and the mail involved.
 *
 * @param day       the business day of the run (1-based)
 * @param date      its date
 * @param invariant what was broken
 * @param ticket    the ticket involved, or {@code -} when there is none (e.g. a request that got no ticket)
 * @param messageId the mail involved, or {@code -}
 * @param detailKey bundle key of what was seen
 * @param args      arguments of that text
 */
public record Violation(int day, LocalDate date, Invariant invariant, String ticket, String messageId,
                        String detailKey, Object... args) {
    /** The full sentence a person reads: day, invariant, ticket, mail and what was seen. */
    public String message(Locale locale) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Ledger.Threading t) {
                shown[i] = t.label(locale);
            }
        }
        return SimText.get(locale, "violation", day, date.toString(), invariant.label(locale), ticket, messageId,
                SimText.get(locale, detailKey, shown));
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
