package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TaskStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Tasks in memory, with the same rules as the journal's {@code JdbcTaskStore}; thread-safe. */
public final class InMemoryTaskStore implements TaskStore {
    private static final Comparator<Task> OLDEST_FIRST = Comparator.comparing(Task::openedAt)
            .thenComparing(t -> t.id().value());
    private static final Comparator<Task> LATEST_CLOSED_FIRST = Comparator.comparing(Task::closedAt,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(t -> t.id().value());
    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final Map<TaskId, List<TaskEvent>> events = new LinkedHashMap<>();

    @Override
    public synchronized List<Task> raise(String stepId, List<HumanTask> raised, LocalDate day, Instant at) {
        Objects.requireNonNull(stepId, "stepId is null");
        List<Task> out = new ArrayList<>();
        for (HumanTask h : raised) {
            TaskId id = TaskId.of(stepId, h.subject());
            Task old = tasks.get(id);
            Task now;
            if (old == null) {
                now = new Task(id, stepId, h.subject(), h.title(), h.target(), h.reason(), h.wikiLink(), TaskState.OPEN,
                        day, at, at, null, null, null, null, null, List.of(), h.handoff());
                event(id, at, TaskEvent.Kind.OPENED, Task.ROTEIRO, h.reason());
            } else if (old.state() == TaskState.DONE) {
                now = new Task(id, stepId, h.subject(), h.title(), h.target(), h.reason(), h.wikiLink(), TaskState.OPEN,
                        old.openedOn(), old.openedAt(), at, old.assignee(), null, null, null, null, List.of(),
                        h.handoff() != null ? h.handoff() : old.handoff());
                event(id, at, TaskEvent.Kind.REOPENED, Task.ROTEIRO, h.reason());
            } else {
                now = new Task(id, stepId, h.subject(), h.title(), h.target(), h.reason(), h.wikiLink(), old.state(),
                        old.openedOn(), old.openedAt(), at, old.assignee(), old.closedBy(), old.closedAt(),
                        old.closedOn(), old.closeNote(), List.of(), h.handoff() != null ? h.handoff() : old.handoff());
            }
            tasks.put(id, now);
            out.add(now);
        }
        return out;
    }

    @Override
    public synchronized List<Task> resolve(String stepId, StepResult.Reexamined scope, Set<TaskId> raisedNow,
                                           LocalDate day, Instant at, String reason) {
        List<Task> closed = new ArrayList<>();
        for (Task t : List.copyOf(tasks.values())) {
            if (t.open() && t.stepId().equals(stepId) && scope.covers(t.subject()) && !raisedNow.contains(t.id())) {
                closed.add(close(t.id(), TaskState.DONE, Task.ROTEIRO, reason, day, at).task());
            }
        }
        return closed;
    }

    @Override
    public synchronized Optional<Task> find(TaskId id) {
        return Optional.ofNullable(tasks.get(id)).map(t -> t.withHistory(events.getOrDefault(id, List.of())));
    }

    @Override
    public synchronized List<Task> list(boolean includeClosed) {
        List<Task> out = new ArrayList<>(tasks.values().stream().filter(Task::open).sorted(OLDEST_FIRST).toList());
        if (includeClosed) {
            out.addAll(tasks.values().stream().filter(t -> !t.open()).sorted(LATEST_CLOSED_FIRST).toList());
        }
        return out;
    }

    @Override
    public synchronized List<Task> closedOn(LocalDate day) {
        return tasks.values().stream().filter(t -> !t.open() && day.equals(t.closedOn())).sorted(LATEST_CLOSED_FIRST)
                .toList();
    }

    @Override
    public synchronized TaskChange close(TaskId id, TaskState to, String by, String note, LocalDate day, Instant at) {
        if (to == TaskState.OPEN) {
            throw new IllegalArgumentException("close to DONE or DISCARDED, not OPEN");
        }
        Objects.requireNonNull(by, "by is null");
        Task t = tasks.get(id);
        if (t == null) {
            return new TaskChange(TaskChange.Outcome.NOT_FOUND, null);
        }
        if (!t.open()) {
            return new TaskChange(TaskChange.Outcome.ALREADY_CLOSED, t);
        }
        Task now = new Task(id, t.stepId(), t.subject(), t.title(), t.target(), t.reason(), t.wikiLink(), to,
                t.openedOn(), t.openedAt(), t.lastSeenAt(), t.assignee(), by, at, day, note, List.of(), t.handoff());
        tasks.put(id, now);
        event(id, at, to == TaskState.DISCARDED ? TaskEvent.Kind.DISCARDED
                : Task.ROTEIRO.equals(by) ? TaskEvent.Kind.RESOLVED : TaskEvent.Kind.DONE, by, note);
        return new TaskChange(TaskChange.Outcome.CHANGED, now);
    }

    @Override
    public synchronized TaskChange assign(TaskId id, String person, String by, Instant at) {
        Task t = tasks.get(id);
        if (t == null) {
            return new TaskChange(TaskChange.Outcome.NOT_FOUND, null);
        }
        if (!t.open()) {
            return new TaskChange(TaskChange.Outcome.ALREADY_CLOSED, t);
        }
        String who = person == null || person.isBlank() ? null : person.strip();
        Task now = new Task(id, t.stepId(), t.subject(), t.title(), t.target(), t.reason(), t.wikiLink(), t.state(),
                t.openedOn(), t.openedAt(), t.lastSeenAt(), who, null, null, null, null, List.of(), t.handoff());
        tasks.put(id, now);
        event(id, at, TaskEvent.Kind.ASSIGNED, by, who);
        return new TaskChange(TaskChange.Outcome.CHANGED, now);
    }

    private void event(TaskId id, Instant at, TaskEvent.Kind kind, String actor, String note) {
        events.computeIfAbsent(id, k -> new ArrayList<>()).add(new TaskEvent(at, kind, actor, note));
    }
}
