package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the routine did — or, merged by {@link DayView}, what every run of a day did —
 * and what is left for people, step by step in routine order. Rendered as JSON and Markdown here,
 * HTML by the launcher; kept in the journal so a past day can be rendered again.
 *
 * @param tasks the tasks for people: every open task, oldest first, then those closed on
 *              {@code runDate} (with who closed them); empty in reports written before tasks had a life
 * @param runs  the ids of the runs this report covers: this run, or every run of the day, in order
 */
public record DailyReport(String runId, LocalDate runDate, Instant startedAt, Instant finishedAt, boolean dryRun,
                          List<StepReport> steps, List<TaskLine> tasks, List<String> runs) {
    public DailyReport {
        Objects.requireNonNull(runId, "runId is null");
        Objects.requireNonNull(runDate, "runDate is null");
        Objects.requireNonNull(startedAt, "startedAt is null");
        Objects.requireNonNull(finishedAt, "finishedAt is null");
        steps = steps == null ? List.of() : List.copyOf(steps);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        runs = runs == null || runs.isEmpty() ? List.of(runId) : List.copyOf(runs);
    }

    /** One run's report without task lines (the shape before tasks had a life). */
    public DailyReport(String runId, LocalDate runDate, Instant startedAt, Instant finishedAt, boolean dryRun,
                       List<StepReport> steps) {
        this(runId, runDate, startedAt, finishedAt, dryRun, steps, List.of(), List.of());
    }

    /** The open tasks, oldest first. */
    public List<TaskLine> openTasks() {
        return tasks.stream().filter(TaskLine::open).toList();
    }

    /** The tasks closed on this report's date. */
    public List<TaskLine> closedTasks() {
        return tasks.stream().filter(t -> !t.open()).toList();
    }

    /** The same report with these task lines. */
    public DailyReport withTasks(List<TaskLine> lines) {
        return new DailyReport(runId, runDate, startedAt, finishedAt, dryRun, steps, lines, runs);
    }

    /** Process exit code: 0 all done, 1 something needs attention, 2 a step failed. */
    public int exitCode() {
        if (steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
            return 2;
        }
        boolean attention = steps.stream().anyMatch(s -> s.status() == StepStatus.NEEDS_ATTENTION
                || s.status() == StepStatus.SKIPPED || !s.humanTasks().isEmpty());
        return attention ? 1 : 0;
    }

    public long count(StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }
}
