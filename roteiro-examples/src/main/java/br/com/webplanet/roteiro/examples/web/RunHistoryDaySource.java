package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.engine.RunHistory;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link DaySource} over the journal's run history: each step's state is the one of the latest
 * run of the date that ran it (the morning routine, a re-run, or one of watch's mail runs).
 */
public final class RunHistoryDaySource implements DaySource {
    /** Bound on the runs read for one day (watch's mail runs are many on a busy day). */
    static final int MAX_RUNS = 500;
    private final RunHistory history;

    public RunHistoryDaySource(RunHistory history) {
        this.history = Objects.requireNonNull(history, "history is null");
    }

    @Override
    public Day day(LocalDate date) {
        List<DailyReport> runs = history.reports(date, MAX_RUNS);
        Map<String, StepReport> latest = new LinkedHashMap<>();
        for (DailyReport run : runs) {          // oldest first: later runs replace earlier states
            for (StepReport step : run.steps()) {
                latest.put(step.stepId(), step);
            }
        }
        List<StepReport> steps = new ArrayList<>(latest.values());
        steps.sort(Comparator.comparingInt(StepReport::order));
        return new Day(date, steps, runs);
    }

    @Override
    public List<LocalDate> days(int limit) {
        return history.dates(limit);
    }
}
