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
 * @param reexamined which subjects of its earlier tasks the step checked again in this run; an open
 *                   task of the step about such a subject that this run did not raise again has lost
 *                   its cause, and the engine closes it (only when the step did not fail)
 */
public record StepResult(StepStatus status, String summary, Map<String, Long> counts, List<ActionRecord> actions,
                         List<HumanTask> humanTasks, Map<String, Object> details, Reexamined reexamined) {
    public StepResult {
        reexamined = reexamined == null ? Reexamined.NONE : reexamined;
        Objects.requireNonNull(status, "status is null");
        summary = summary == null ? "" : summary;
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        actions = actions == null ? List.of() : List.copyOf(actions);
        humanTasks = humanTasks == null ? List.of() : List.copyOf(humanTasks);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A result that re-examined nothing (the shape of results before tasks had a life). */
    public StepResult(StepStatus status, String summary, Map<String, Long> counts, List<ActionRecord> actions,
                      List<HumanTask> humanTasks, Map<String, Object> details) {
        this(status, summary, counts, actions, humanTasks, details, Reexamined.NONE);
    }

    public static StepResult of(StepStatus status, String summary) {
        return new StepResult(status, summary, Map.of(), List.of(), List.of(), Map.of());
    }

    /**
     * What a step looked at again for its earlier tasks: {@link #NONE} (the default: no task
     * closes itself), {@link #ALL} (the step checks every cause it can raise on each run, e.g. a
     * sync of the whole architects list), or some subjects (e.g. the romaneios it looked at).
     */
    public record Reexamined(boolean all, java.util.Set<String> subjects) {
        public static final Reexamined NONE = new Reexamined(false, java.util.Set.of());
        public static final Reexamined ALL = new Reexamined(true, java.util.Set.of());

        public Reexamined {
            subjects = subjects == null ? java.util.Set.of() : java.util.Set.copyOf(subjects);
        }

        /** Whether an earlier task about {@code subject} was looked at again. */
        public boolean covers(String subject) {
            return all || subjects.contains(subject);
        }
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
        private final java.util.Set<String> reexamined = new java.util.LinkedHashSet<>();
        private boolean reexaminedAll;
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

        /**
         * Says this run checked {@code subject} again: an open task of this step about it that
         * this run does not raise again is closed by the engine (its cause went away).
         */
        public Builder reexamined(String subject) {
            reexamined.add(java.util.Objects.requireNonNull(subject, "subject is null"));
            return this;
        }

        /** Says this run checked every cause this step can raise: its tasks not raised again close. */
        public Builder reexaminedAll() {
            reexaminedAll = true;
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
            return new StepResult(s, summary, counts, actions, humanTasks, details,
                    reexaminedAll ? Reexamined.ALL : new Reexamined(false, reexamined));
        }
    }
}
