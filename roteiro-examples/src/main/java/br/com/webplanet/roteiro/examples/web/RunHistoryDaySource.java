package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.engine.RunHistory;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link DaySource} over the journal: the day is the engine's day view ({@link RunHistory#day}, all
 * runs of the date merged with the task lines); the runs themselves are read (bounded) only to tell
 * when each step last ran.
 */
public final class RunHistoryDaySource implements DaySource {
    /** Bound on the runs read for one day's step times (watch's mail runs are many on a busy day). */
    static final int MAX_RUNS = 500;
    private final RunHistory history;

    public RunHistoryDaySource(RunHistory history) {
        this.history = Objects.requireNonNull(history, "history is null");
    }

    @Override
    public Day day(LocalDate date) {
        return history.day(date).map(view -> new Day(date, view, stepTimes(date))).orElseGet(() -> Day.empty(date));
    }

    @Override
    public Day summary(LocalDate date) {
        return history.day(date).map(view -> new Day(date, view, Map.of())).orElseGet(() -> Day.empty(date));
    }

    private Map<String, Instant> stepTimes(LocalDate date) {
        Map<String, Instant> ranAt = new HashMap<>();
        for (DailyReport run : history.reports(date, MAX_RUNS)) {
            for (StepReport step : run.steps()) {
                ranAt.merge(step.stepId(), run.finishedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return ranAt;
    }

    @Override
    public List<LocalDate> days(int limit) {
        return history.dates(limit);
    }
}
