package br.com.webplanet.roteiro.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task for people: raised by a step (what a {@code HumanTask} says), kept in the journal until
 * someone marks it done or discards it, or the step finds its cause gone. Its id comes from its
 * cause ({@link TaskId#of}), so raising it again on another day updates it instead of adding one.
 *
 * @param id         from step id + subject
 * @param stepId     the step that raised it
 * @param subject    what it is about, as the step keys it (e.g. a romaneio number, a Message-ID)
 * @param title      what to do (pt-BR, as last raised)
 * @param target     on what
 * @param reason     why
 * @param wikiLink   how to do it, or null
 * @param state      open, done or discarded
 * @param openedOn   the run date it was first raised (ages count business days from it)
 * @param openedAt   when it was first raised
 * @param lastSeenAt when a step last raised it
 * @param assignee   who is on it, or null
 * @param closedBy   who closed it ({@link #ROTEIRO} when its cause went away), or null while open
 * @param closedAt   when it was closed, or null
 * @param closedOn   the date (in the routine's zone) it was closed, or null
 * @param closeNote  the note given when closing (required to discard), or the routine's reason
 * @param history    what happened to it, oldest first (may be empty in lists that do not load it)
 * @param handoff    the hand-off record it is about (as last raised), forgotten when it is discarded; or null
 */
public record Task(TaskId id, String stepId, String subject, String title, String target, String reason,
                   URI wikiLink, TaskState state, LocalDate openedOn, Instant openedAt, Instant lastSeenAt,
                   String assignee, String closedBy, Instant closedAt, LocalDate closedOn, String closeNote,
                   List<TaskEvent> history, HandoffRef handoff) {
    /** The actor name of changes the routine made itself (a cause that went away). */
    public static final String ROTEIRO = "roteiro";

    public Task {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(stepId, "stepId is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(openedOn, "openedOn is null");
        Objects.requireNonNull(openedAt, "openedAt is null");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt is null");
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        closeNote = closeNote == null ? "" : closeNote;
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A task about no hand-off record. */
    public Task(TaskId id, String stepId, String subject, String title, String target, String reason,
                URI wikiLink, TaskState state, LocalDate openedOn, Instant openedAt, Instant lastSeenAt,
                String assignee, String closedBy, Instant closedAt, LocalDate closedOn, String closeNote,
                List<TaskEvent> history) {
        this(id, stepId, subject, title, target, reason, wikiLink, state, openedOn, openedAt, lastSeenAt, assignee,
                closedBy, closedAt, closedOn, closeNote, history, null);
    }

    public boolean open() {
        return state == TaskState.OPEN;
    }

    public Optional<HandoffRef> handoffRecord() {
        return Optional.ofNullable(handoff);
    }

    public Optional<String> assigneeName() {
        return Optional.ofNullable(assignee);
    }

    /** The same task with its history. */
    public Task withHistory(List<TaskEvent> events) {
        return new Task(id, stepId, subject, title, target, reason, wikiLink, state, openedOn, openedAt, lastSeenAt,
                assignee, closedBy, closedAt, closedOn, closeNote, events, handoff);
    }
}
