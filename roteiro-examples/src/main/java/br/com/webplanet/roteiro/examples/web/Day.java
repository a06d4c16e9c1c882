package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ActionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "The day" as the web page shows it: every step's latest state over all runs of the date, and the
 * runs themselves. Built by a {@link DaySource}.
 *
 * @param date  the day
 * @param steps each step's latest report that day, in routine order
 * @param runs  the day's finished runs, oldest first
 */
public record Day(LocalDate date, List<StepReport> steps, List<DailyReport> runs) {
    public Day {
        Objects.requireNonNull(date, "date is null");
        steps = List.copyOf(steps);
        runs = List.copyOf(runs);
    }

    /** When the latest run of the day finished. */
    public Optional<Instant> lastRunAt() {
        return runs.stream().map(DailyReport::finishedAt).max(Instant::compareTo);
    }

    /** The latest run that ran {@code stepId}. */
    public Optional<DailyReport> latestRunOf(String stepId) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            DailyReport r = runs.get(i);
            if (r.steps().stream().anyMatch(s -> s.stepId().equals(stepId))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Everything {@code stepId} did this day over all runs, newest first, at most {@code limit}. */
    public List<ActionRecord> actionsOf(String stepId, int limit) {
        List<ActionRecord> actions = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0 && actions.size() < limit; i--) {
            for (StepReport s : runs.get(i).steps()) {
                if (s.stepId().equals(stepId)) {
                    List<ActionRecord> done = s.actions();
                    for (int j = done.size() - 1; j >= 0 && actions.size() < limit; j--) {
                        actions.add(done.get(j));
                    }
                }
            }
        }
        return List.copyOf(actions);
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
