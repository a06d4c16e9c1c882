package br.com.webplanet.roteiro.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a step reports.
 *
 * @param status     how it ended
 * @param summary    one pt-BR sentence
 * @param counts     named counters (e.g. {@code messages}, {@code ticketsOpened}), in insertion order
 * @param actions    effects made or planned
 * @param humanTasks what a person must still do
 * @param details    structured extras for renderers (e.g. {@code queue} → the waiting-customers list);
 *                   values must be JSON-serialisable (records, lists, maps, strings, numbers)
 */
public record StepResult(StepStatus status, String summary, Map<String, Long> counts, List<ActionRecord> actions,
                         List<HumanTask> humanTasks, Map<String, Object> details) {
    public StepResult {
        Objects.requireNonNull(status, "status is null");
        summary = summary == null ? "" : summary;
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        actions = actions == null ? List.of() : List.copyOf(actions);
        humanTasks = humanTasks == null ? List.of() : List.copyOf(humanTasks);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static StepResult of(StepStatus status, String summary) {
        return new StepResult(status, summary, Map.of(), List.of(), List.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects a result while a step works. The status defaults to {@link StepStatus#DONE} when
     * something was done, {@link StepStatus#NOTHING_TO_DO} when nothing was, and
     * {@link StepStatus#NEEDS_ATTENTION} as soon as a human task or an item failure is added.
     */
    public static final class Builder {
        private StepStatus status;
        private String summary = "";
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<ActionRecord> actions = new ArrayList<>();
        private final List<HumanTask> humanTasks = new ArrayList<>();
        private final Map<String, Object> details = new LinkedHashMap<>();
        private boolean itemFailed;

        private Builder() {}

        public Builder status(StepStatus value) {
            this.status = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder count(String name, long delta) {
            counts.merge(name, delta, Long::sum);
            return this;
        }

        public Builder increment(String name) {
            return count(name, 1);
        }

        public Builder action(ActionRecord action) {
            actions.add(action);
            return this;
        }

        public Builder humanTask(HumanTask task) {
            humanTasks.add(task);
            return this;
        }

        /** Marks that an item failed (reported elsewhere, e.g. as a human task or count). */
        public Builder itemFailed() {
            itemFailed = true;
            return this;
        }

        public Builder detail(String name, Object value) {
            details.put(name, value);
            return this;
        }

        public long countOf(String name) {
            return counts.getOrDefault(name, 0L);
        }

        public StepResult build() {
            StepStatus s = status;
            if (s == null) {
                if (!humanTasks.isEmpty() || itemFailed) {
                    s = StepStatus.NEEDS_ATTENTION;
                } else if (actions.isEmpty()) {
                    s = StepStatus.NOTHING_TO_DO;
                } else {
                    s = StepStatus.DONE;
                }
            }
            return new StepResult(s, summary, counts, actions, humanTasks, details);
        }
    }
}
