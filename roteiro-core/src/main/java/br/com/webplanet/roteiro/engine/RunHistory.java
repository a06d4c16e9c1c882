package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.engine.journal.RunStore;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.DayView;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import java.util.Optional;

/** Reports of past runs and days, kept in the journal (dry-runs are not kept). */
public final class RunHistory {
    private final RunStore runs;
    private final Tasks tasks;

    RunHistory(RunStore runs, Tasks tasks) {
        this.runs = runs;
        this.tasks = tasks;
    }

    /** The report of the latest finished run for {@code runDate}, as it was written then. */
    public Optional<DailyReport> report(LocalDate runDate) {
        return runs.latest(runDate);
    }

    /** Every finished run's report for {@code runDate}, in the order they started. */
    public List<DailyReport> runs(LocalDate runDate) {
        return runs.all(runDate);
    }

    /**
     * The day's report: every run of {@code runDate} merged ({@link DayView}) with the tasks as they
     * are now — every open task, oldest first, with its age on that date, then those closed that
     * date. Empty when no run of that date finished.
     */
    public Optional<DailyReport> day(LocalDate runDate) {
        Objects.requireNonNull(runDate, "runDate is null");
        List<DailyReport> all = runs.all(runDate);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DayView.merge(all, tasks.lines(runDate)));
    }

    /** Every finished run of {@code runDate} (morning routine, re-runs, watch's mail runs), oldest first; at most {@code limit}. */
    public List<DailyReport> reports(LocalDate runDate, int limit) {
        return runs.all(runDate, limit);
    }

    /** Dates with at least one finished run, newest first; at most {@code limit}. */
    public List<LocalDate> dates(int limit) {
        return runs.dates(limit);
    }
}
