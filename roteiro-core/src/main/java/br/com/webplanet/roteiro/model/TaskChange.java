package br.com.webplanet.roteiro.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to closing or assigning a task.
 *
 * @param outcome what happened
 * @param task    the task after the change; for {@link Outcome#ALREADY_CLOSED}, as the winner left
 *                it (who closed it, when, with what note); null only for {@link Outcome#NOT_FOUND}
 */
public record TaskChange(Outcome outcome, Task task) {
    public TaskChange {
        Objects.requireNonNull(outcome, "outcome is null");
        if (task == null && outcome != Outcome.NOT_FOUND) {
            throw new IllegalArgumentException("a " + outcome + " change needs the task");
        }
    }

    /** How a change request ended. */
    public enum Outcome {
        /** Done as asked. */
        CHANGED,
        /** The task was closed already (by someone else, perhaps a moment ago): nothing changed. */
        ALREADY_CLOSED,
        /** No task has that id. */
        NOT_FOUND,
        /** A dry-run: nothing changed. */
        DRY_RUN
    }

    public boolean changed() {
        return outcome == Outcome.CHANGED;
    }

    public Optional<Task> taskIfFound() {
        return Optional.ofNullable(task);
    }
}
