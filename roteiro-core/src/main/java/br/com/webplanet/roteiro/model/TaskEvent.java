package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a task's history.
 *
 * @param at    when (the routine's clock)
 * @param kind  what happened
 * @param actor who did it: a person, or {@link Task#ROTEIRO} for the routine itself
 * @param note  the note given, or the reason the routine closed or reopened it; may be empty
 */
public record TaskEvent(Instant at, Kind kind, String actor, String note) {
    public TaskEvent {
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(kind, "kind is null");
        actor = actor == null ? "" : actor;
        note = note == null ? "" : note;
    }

    /** What happened to a task. */
    public enum Kind {
        /** A step raised it for the first time. */
        OPENED,
        /** A step raised it again after it had been marked done: the cause is still there. */
        REOPENED,
        /** A person (or an API caller) assigned it; the actor is who, the note the assignee. */
        ASSIGNED,
        /** A person marked it done. */
        DONE,
        /** A person discarded it, with a note saying why. */
        DISCARDED,
        /** The step that raised it looked again and its cause was gone. */
        RESOLVED
    }
}
