package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.Objects;

/**
 * The waiting-customers queue a step reports (step {@code g3stor.waiting-customers}), typed. The
 * step puts its entries under the detail key {@link #KEY} (JSON: a list of entries, as stored reports
 * always had it); readers ask {@code StepReport.detail(WaitingQueueDetail.class)}, which gives the entries
 * whether the report is a live run's or one read back from JSON, and counts those it could not read.
 *
 * @param entries    the queue, in the step's order (highest priority first, then least time to breach)
 * @param unreadable entries of a stored report that could not be read back (0 for a live run)
 */
public record WaitingQueueDetail(List<WaitingCustomer> entries, int unreadable) {
    /** The detail key, in {@code StepResult.details()} and in the report's JSON. */
    public static final String KEY = "queue";

    public WaitingQueueDetail {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries is null"));
        if (unreadable < 0) {
            throw new IllegalArgumentException("unreadable must be >= 0, was " + unreadable);
        }
    }

    /** The value a step stores under {@link #KEY}: the entries (their JSON shape is the stored reports'). */
    public static Object detailOf(List<WaitingCustomer> entries) {
        return List.copyOf(entries);
    }
}
