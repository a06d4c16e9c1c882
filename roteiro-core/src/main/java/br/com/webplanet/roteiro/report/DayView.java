package br.com.webplanet.roteiro.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges every run of one date — the morning routine, re-runs, {@code watch}'s mail runs — into the
 * day's report: each step's latest state (its latest run's status, summary, counters, error and
 * details), every action of the day (all runs' actions of that step, in run order), and the tasks
 * given. The merged report's id is the latest run's; {@link DailyReport#runs()} lists all of them.
 */
public final class DayView {
    private DayView() {}

    /**
     * The day's report.
     *
     * @param runs  finished reports of one date, in any order (dry-runs are not kept, so none here)
     * @param tasks open tasks, oldest first, then the tasks closed that day
     * @throws IllegalArgumentException when {@code runs} is empty or mixes dates
     */
    public static DailyReport merge(List<DailyReport> runs, List<TaskLine> tasks) {
        Objects.requireNonNull(runs, "runs is null");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run to merge");
        }
        List<DailyReport> ordered = runs.stream().sorted(Comparator.comparing(DailyReport::startedAt)
                .thenComparing(DailyReport::finishedAt)).toList();
        DailyReport first = ordered.get(0);
        DailyReport last = ordered.get(ordered.size() - 1);
        Map<String, StepReport> latest = new LinkedHashMap<>();
        Map<String, List<br.com.webplanet.roteiro.spi.ActionRecord>> actions = new LinkedHashMap<>();
        for (DailyReport run : ordered) {
            if (!run.runDate().equals(first.runDate())) {
                throw new IllegalArgumentException("runs of " + first.runDate() + " and " + run.runDate()
                        + " cannot make one day");
            }
            for (StepReport step : run.steps()) {
                latest.put(step.stepId(), step);
                actions.computeIfAbsent(step.stepId(), k -> new ArrayList<>()).addAll(step.actions());
            }
        }
        List<StepReport> steps = new ArrayList<>();
        for (StepReport s : latest.values()) {
            steps.add(new StepReport(s.stepId(), s.module(), s.title(), s.wikiLink(), s.order(), s.status(),
                    s.summary(), s.counts(), actions.get(s.stepId()), s.humanTasks(), s.details(), s.error(),
                    s.duration()));
        }
        steps.sort(Comparator.comparingInt(StepReport::order).thenComparing(StepReport::stepId));
        java.time.Instant finished = ordered.stream().map(DailyReport::finishedAt).max(Comparator.naturalOrder())
                .orElse(last.finishedAt());
        return new DailyReport(last.runId(), first.runDate(), first.startedAt(), finished, false, steps, tasks,
                ordered.stream().map(DailyReport::runId).toList());
    }
}
