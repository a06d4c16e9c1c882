package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.model.WaitingQueueDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed step details out of a report's {@code details} map, whether they hold the records a live run
 * put there or the plain maps and lists a report read back from JSON has: the one place that
 * re-reads them (with the report's own JSON mapping), so no reader parses details by string keys.
 */
final class StepDetails {
    private StepDetails() {}

    static <T> Optional<T> read(Map<String, Object> details, Class<T> type) {
        if (type == WaitingQueueDetail.class) {
            return waitingQueue(details.get(WaitingQueueDetail.KEY)).map(type::cast);
        }
        throw new IllegalArgumentException("no typed step detail " + type.getName()
                + "; known: " + WaitingQueueDetail.class.getSimpleName());
    }

    private static Optional<WaitingQueueDetail> waitingQueue(Object raw) {
        if (raw instanceof WaitingQueueDetail typed) {
            return Optional.of(typed);
        }
        if (!(raw instanceof List<?> items)) {
            return Optional.empty();
        }
        List<WaitingCustomer> entries = new ArrayList<>();
        int unreadable = 0;
        for (Object item : items) {
            try {
                entries.add(item instanceof WaitingCustomer w ? w : JsonReportRenderer.convert(item, WaitingCustomer.class));
            } catch (IllegalArgumentException e) {
                unreadable++;
            }
        }
        return Optional.of(new WaitingQueueDetail(entries, unreadable));
    }
}
