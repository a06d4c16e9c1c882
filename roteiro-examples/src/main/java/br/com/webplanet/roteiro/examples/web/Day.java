package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.spi.ActionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "The day" as the web page shows it: the engine's day view ({@code RunHistory.day}: every run of
 * the date merged, each step's latest state, all its actions, the task lines) and when each step
 * last ran that day. Built by a {@link DaySource}.
 *
 * @param date      the day
 * @param report    the day's merged report, or null when nothing ran that day
 * @param stepRanAt when the latest run of the day that ran each step finished
 */
public record Day(LocalDate date, DailyReport report, Map<String, Instant> stepRanAt) {
    public Day {
        Objects.requireNonNull(date, "date is null");
        stepRanAt = stepRanAt == null ? Map.of() : Map.copyOf(stepRanAt);
    }

    /** A day when nothing ran. */
    public static Day empty(LocalDate date) {
        return new Day(date, null, Map.of());
    }

    /** The day's merged report. */
    public Optional<DailyReport> view() {
        return Optional.ofNullable(report);
    }

    /** Each step's latest state that day, in routine order. */
    public List<StepReport> steps() {
        return report == null ? List.of() : report.steps();
    }

    /** The task lines of the day: open tasks, oldest first, then those closed that day. */
    public List<TaskLine> tasks() {
        return report == null ? List.of() : report.tasks();
    }

    /** How many runs the day had. */
    public int runCount() {
        return report == null ? 0 : report.runs().size();
    }

    /** When the latest run of the day finished. */
    public Optional<Instant> lastRunAt() {
        return view().map(DailyReport::finishedAt);
    }

    /** When the latest run of the day that ran {@code stepId} finished. */
    public Optional<Instant> lastRunOf(String stepId) {
        return Optional.ofNullable(stepRanAt.get(stepId));
    }

    /** Everything {@code stepId} did this day over all runs, newest first, at most {@code limit}. */
    public List<ActionRecord> actionsOf(String stepId, int limit) {
        List<ActionRecord> actions = new ArrayList<>();
        for (StepReport s : steps()) {
            if (s.stepId().equals(stepId)) {
                List<ActionRecord> done = s.actions();
                for (int j = done.size() - 1; j >= 0 && actions.size() < limit; j--) {
                    actions.add(done.get(j));
                }
            }
        }
        return List.copyOf(actions);
    }

    public boolean isEmpty() {
        return report == null;
    }
}
