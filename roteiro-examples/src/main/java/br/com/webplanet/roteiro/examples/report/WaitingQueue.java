package br.com.webplanet.roteiro.examples.report;

import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The waiting-customers queue of a report ({@code details.queue} of step
 * {@code g3stor.waiting-customers}), whether it holds {@link WaitingCustomer} records (a live run)
 * or plain maps (a report read back from the journal).
 */
public final class WaitingQueue {
    /** The step that reports the queue. */
    public static final String STEP_ID = "g3stor.waiting-customers";
    /** The detail key holding the queue. */
    public static final String DETAIL = "queue";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WaitingQueue() {}

    /** The queue, or empty when the report has no such step or the step reported no queue. */
    public static Optional<Result> of(DailyReport report) {
        Optional<StepReport> step = report.steps().stream().filter(s -> s.stepId().equals(STEP_ID)).findFirst();
        if (step.isEmpty() || !(step.get().details().get(DETAIL) instanceof List<?> items)) {
            return Optional.empty();
        }
        List<WaitingCustomer> entries = new ArrayList<>();
        int unreadable = 0;
        for (Object item : items) {
            try {
                entries.add(item instanceof WaitingCustomer w ? w : JSON.convertValue(item, WaitingCustomer.class));
            } catch (IllegalArgumentException e) {
                unreadable++;
            }
        }
        return Optional.of(new Result(List.copyOf(entries), unreadable));
    }

    /** The entries that could be read, and how many could not. */
    public record Result(List<WaitingCustomer> entries, int unreadable) {}
}
