package br.com.webplanet.roteiro.g3stor;

/**
 * The rules of the G3stor steps, read from the same {@code g3stor} section as the client's
 * {@link G3storConfig} but needing none of its connection settings: the steps run against any
 * {@code TicketSystem} ({@link G3storStepsModule}).
 *
 * @param calendar business calendar for business days and SLA time
 * @param review   rules of step 2 ({@code g3stor.review-yesterday})
 * @param status   rules of step 4 ({@code g3stor.update-status})
 * @param waiting  rules of step 6 ({@code g3stor.waiting-customers})
 */
public record G3storRules(CalendarSettings calendar, ReviewRules review, StatusRules status, WaitingRules waiting) {
    public G3storRules {
        calendar = calendar == null ? CalendarSettings.defaults() : calendar;
        review = review == null ? ReviewRules.defaults() : review;
        status = status == null ? StatusRules.defaults() : status;
        waiting = waiting == null ? WaitingRules.defaults() : waiting;
    }

    /** Every rule at its default. */
    public static G3storRules defaults() {
        return new G3storRules(null, null, null, null);
    }
}
