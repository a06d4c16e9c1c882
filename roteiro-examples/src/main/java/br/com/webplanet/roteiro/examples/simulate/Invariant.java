package br.com.webplanet.roteiro.examples.simulate;

import java.util.Locale;

/**
 * What must hold after every simulated morning. Each names the issue item whose fix it proves, so a
 * violation on a branch without that fix points at the missing work instead of at the simulation.
 */
public enum Invariant {
    /** Every human request (not an automatic reply) has exactly one ticket. */
    ONE_TICKET_PER_REQUEST("#10 item 1"),
    /** Every mail a customer wrote lands on a ticket (its own, for a reply) or on a task for people. */
    EVERY_MAIL_LANDS("#10 items 1, 5"),
    /** No ticket stays concluído with a customer mail nobody answered. */
    NO_CONCLUDED_UNANSWERED("#10 item 2"),
    /** After the routine ran, no customer waiting on the team has gone past the silence limit without a word from us. */
    SILENCE_LIMIT("#10 item 9"),
    /** No acknowledgement or other mail sent twice, no second ticket for one request, no issue planned twice. */
    NO_DUPLICATES("#10 items 5, 8");

    private final String issueItems;

    Invariant(String issueItems) {
        this.issueItems = issueItems;
    }

    /** The issue items whose behaviour this invariant checks. */
    public String issueItems() {
        return issueItems;
    }

    public String label(Locale locale) {
        return SimText.get(locale, "invariant." + name());
    }
}
