package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.model.WaitingQueueDetail;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import java.util.List;
import java.util.Optional;

/**
 * The waiting-customers queue of a report: the typed {@link WaitingQueueDetail} of step
 * {@code g3stor.waiting-customers} ({@link StepReport#detail(Class)}), from a live run or a report read
 * back from the journal alike.
 */
public final class WaitingQueue {
    /** The step that reports the queue. */
    public static final String STEP_ID = "g3stor.waiting-customers";
    /** The detail key holding the queue. */
    public static final String DETAIL = WaitingQueueDetail.KEY;

    private WaitingQueue() {}

    /** The queue, or empty when the report has no such step or the step reported no queue. */
    public static Optional<Result> of(DailyReport report) {
        return report.steps().stream().filter(s -> s.stepId().equals(STEP_ID)).findFirst()
                .flatMap(s -> s.detail(WaitingQueueDetail.class))
                .map(q -> new Result(q.entries(), q.unreadable()));
    }

    /** The entries that could be read, and how many could not. */
    public record Result(List<WaitingCustomer> entries, int unreadable) {}
}
