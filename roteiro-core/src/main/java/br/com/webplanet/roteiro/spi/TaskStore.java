package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where tasks for people live between runs: the journal's tables ({@code JdbcTaskStore}) or memory
 * ({@code InMemoryTaskStore}). The engine calls {@link #raise} and {@link #resolve} after each step;
 * people (CLI, web page, embedding code) go through {@code Roteiro.tasks()}. Every change is kept in
 * the task's history. Closing is conditional on the task being open, so two people (or runners on
 * one PostgreSQL journal) closing the same task at once get one {@code CHANGED} and one
 * {@code ALREADY_CLOSED}.
 */
public interface TaskStore {
    /**
     * Keeps what {@code stepId} raised in a run: a new task opens; an open one gets the latest
     * title, target, reason and last-seen time; one marked done opens again (its cause is still
     * there); a discarded one stays discarded. Returns the tasks as they now are, in the given order.
     */
    List<Task> raise(String stepId, List<HumanTask> raised, LocalDate day, Instant at);

    /**
     * Closes (as done, by {@code Task.ROTEIRO}, with {@code reason}) every open task of {@code stepId}
     * whose subject {@code scope} covers and whose id is not in {@code raisedNow}. Returns them.
     */
    List<Task> resolve(String stepId, StepResult.Reexamined scope, Set<TaskId> raisedNow, LocalDate day, Instant at,
                       String reason);

    /** The task with its history. */
    Optional<Task> find(TaskId id);

    /** Open tasks, oldest first (by first raised); with {@code includeClosed}, then the closed ones, latest closed first. */
    List<Task> list(boolean includeClosed);

    /** Tasks closed on {@code day} (in the routine's zone), latest first. */
    List<Task> closedOn(LocalDate day);

    /**
     * Closes an open task as {@code to} ({@link TaskState#DONE} or {@link TaskState#DISCARDED}).
     * {@code ALREADY_CLOSED} (with the task as closed) when it was not open, {@code NOT_FOUND} when unknown.
     */
    TaskChange close(TaskId id, TaskState to, String by, String note, LocalDate day, Instant at);

    /** Sets (or, with a null/blank person, clears) who is on an open task. */
    TaskChange assign(TaskId id, String person, String by, Instant at);
}
