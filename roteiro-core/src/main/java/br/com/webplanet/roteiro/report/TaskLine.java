package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskState;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A task for people as a report shows it: what it says, its state and its age in business days on
 * the report's date (computed by the engine with the business calendar).
 *
 * @param id       the task id people type ({@code roteiro tarefas feita t-…})
 * @param ageBusinessDays business days from the day it was opened to the report's date (0 = today)
 */
public record TaskLine(String id, String stepId, String title, String target, String reason, URI wikiLink,
                       TaskState state, LocalDate openedOn, Instant openedAt, int ageBusinessDays, String assignee,
                       String closedBy, Instant closedAt, String closeNote) {
    public TaskLine {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(state, "state is null");
        stepId = stepId == null ? "" : stepId;
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
        closeNote = closeNote == null ? "" : closeNote;
    }

    public static TaskLine of(Task t, int ageBusinessDays) {
        return new TaskLine(t.id().value(), t.stepId(), t.title(), t.target(), t.reason(), t.wikiLink(), t.state(),
                t.openedOn(), t.openedAt(), ageBusinessDays, t.assignee(), t.closedBy(), t.closedAt(), t.closeNote());
    }

    public boolean open() {
        return state == TaskState.OPEN;
    }
}
