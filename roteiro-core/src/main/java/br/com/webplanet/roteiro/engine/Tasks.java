package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.model.HandoffRef;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.TaskStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tasks for people, as {@code Roteiro.tasks()} gives them: list them, mark one done, discard
 * one (with a note), assign one. Every change is kept in the task's history with who made it.
 * In a dry-run routine nothing changes: each change answers {@link TaskChange.Outcome#DRY_RUN}.
 * Discarding a task about a hand-off record ({@link Task#handoff()}, e.g. a mail attachment that
 * could not be read) makes the journal forget that record: the document leaves the journal.
 *
 * <pre>{@code
 * for (Task t : roteiro.tasks().open()) { ... roteiro.tasks().ageInBusinessDays(t) ... }
 * TaskChange c = roteiro.tasks().done(TaskId.parse("t-3f9a1c2b7e"), "ana", "cadastrei o cliente");
 * if (c.outcome() == TaskChange.Outcome.ALREADY_CLOSED) { ... c.task().closedBy() ... }
 * }</pre>
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);
    private final TaskStore store;
    private final Clock clock;
    private final boolean dryRun;
    private final BusinessCalendar calendar;
    private final Journal journal;

    /**
     * Tasks whose discard forgets nothing in a journal (for stores without hand-off records).
     *
     * @param calendar counts ages in business days (weekends and holidays do not count)
     */
    public Tasks(TaskStore store, Clock clock, boolean dryRun, BusinessCalendar calendar) {
        this(store, clock, dryRun, calendar, null);
    }

    /**
     * @param calendar counts ages in business days (weekends and holidays do not count)
     * @param journal  where the hand-off records of discarded tasks are forgotten; null for none
     */
    public Tasks(TaskStore store, Clock clock, boolean dryRun, BusinessCalendar calendar, Journal journal) {
        this.journal = journal;
        this.store = Objects.requireNonNull(store, "store is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.dryRun = dryRun;
        this.calendar = Objects.requireNonNull(calendar, "calendar is null");
    }

    /** Open tasks, oldest first. */
    public List<Task> open() {
        return store.list(false);
    }

    /** Every task: open ones oldest first, then closed ones, latest closed first. */
    public List<Task> all() {
        return store.list(true);
    }

    /** Tasks closed on {@code day}, latest first. */
    public List<Task> closedOn(LocalDate day) {
        return store.closedOn(Objects.requireNonNull(day, "day is null"));
    }

    /** One task with its history. */
    public Optional<Task> find(TaskId id) {
        return store.find(Objects.requireNonNull(id, "id is null"));
    }

    /** Marks an open task done; {@code note} may be null. */
    public TaskChange done(TaskId id, String by, String note) {
        return close(id, TaskState.DONE, by, note);
    }

    /**
     * Discards an open task (it needs no doing; raised again, it stays discarded).
     *
     * @throws IllegalArgumentException when {@code note} is blank: a discard says why
     */
    public TaskChange discard(TaskId id, String by, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("discarding a task needs a note saying why");
        }
        TaskChange change = close(id, TaskState.DISCARDED, by, note);
        if (change.changed() && change.task().handoff() != null && journal != null) {
            HandoffRef handoff = change.task().handoff();
            boolean forgotten = journal.forget(handoff.topic(), handoff.key());
            LOG.info("task {} discarded by {}: hand-off record {}/{} {}", id, change.task().closedBy(), handoff.topic(),
                    handoff.key(), forgotten ? "forgotten" : "was gone already");
        }
        return change;
    }

    /** Sets who is on an open task (a blank {@code person} clears it), noted as done by {@code by}. */
    public TaskChange assign(TaskId id, String person, String by) {
        Objects.requireNonNull(id, "id is null");
        String actor = requirePerson(by);
        if (dryRun) {
            return dryRunAnswer(id);
        }
        return store.assign(id, person, actor, clock.instant());
    }

    /** As {@link #assign(TaskId, String, String)}, by the assignee themself. */
    public TaskChange assign(TaskId id, String person) {
        return assign(id, person, person);
    }

    /**
     * Raises (or refreshes) a task the host application finds itself, outside any step (e.g.
     * {@code watch}'s mailbox canary), as {@code source}; its id comes from {@code source} and the
     * task's subject, like a step's. Empty in dry-run (nothing is kept).
     */
    public Optional<Task> raise(String source, br.com.webplanet.roteiro.spi.HumanTask task) {
        Objects.requireNonNull(task, "task is null");
        if (dryRun) {
            return Optional.empty();
        }
        return store.raise(requirePerson(source), List.of(task), LocalDate.now(clock), clock.instant()).stream()
                .findFirst();
    }

    /**
     * Closes, as done by {@link Task#ROTEIRO} with {@code reason}, the open task {@code source} raised
     * about {@code subject}: its cause went away. Empty when there was none open (or in dry-run).
     */
    public Optional<Task> resolve(String source, String subject, String reason) {
        Objects.requireNonNull(subject, "subject is null");
        if (dryRun) {
            return Optional.empty();
        }
        return store.resolve(requirePerson(source), new br.com.webplanet.roteiro.spi.StepResult.Reexamined(false,
                java.util.Set.of(subject)), java.util.Set.of(), LocalDate.now(clock), clock.instant(), reason)
                .stream().findFirst();
    }

    /** Business days from the day {@code task} was opened to today (by the routine's clock). */
    public int ageInBusinessDays(Task task) {
        return ageInBusinessDays(task, LocalDate.now(clock));
    }

    /** Business days after the day {@code task} was opened, up to and including {@code on} (0 the same day). */
    public int ageInBusinessDays(Task task, LocalDate on) {
        return businessDaysBetween(calendar, task.openedOn(), on);
    }

    /**
     * The report's task lines on {@code day}: the tasks open now that were opened by then, oldest
     * first, with their age on {@code day}, then those closed that day.
     */
    public List<TaskLine> lines(LocalDate day) {
        List<TaskLine> out = new ArrayList<>();
        open().stream().filter(t -> !t.openedOn().isAfter(day))
                .forEach(t -> out.add(TaskLine.of(t, ageInBusinessDays(t, day))));
        closedOn(day).forEach(t -> out.add(TaskLine.of(t, ageInBusinessDays(t, day))));
        return out;
    }

    static int businessDaysBetween(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                days++;
            }
        }
        return days;
    }

    private TaskChange close(TaskId id, TaskState to, String by, String note) {
        Objects.requireNonNull(id, "id is null");
        String actor = requirePerson(by);
        if (dryRun) {
            return dryRunAnswer(id);
        }
        return store.close(id, to, actor, note == null ? "" : note.strip(), LocalDate.now(clock), clock.instant());
    }

    private TaskChange dryRunAnswer(TaskId id) {
        return store.find(id).map(t -> new TaskChange(TaskChange.Outcome.DRY_RUN, t))
                .orElseGet(() -> new TaskChange(TaskChange.Outcome.NOT_FOUND, null));
    }

    private static String requirePerson(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("say who makes the change (by is blank)");
        }
        return by.strip();
    }
}
