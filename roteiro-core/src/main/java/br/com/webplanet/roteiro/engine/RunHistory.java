package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.engine.journal.RunStore;
import br.com.webplanet.roteiro.report.DailyReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reports of past runs, kept in the journal (dry-runs are not kept). */
public final class RunHistory {
    private final RunStore runs;

    RunHistory(RunStore runs) {
        this.runs = runs;
    }

    /** The report of the latest finished run for {@code runDate}. */
    public Optional<DailyReport> report(LocalDate runDate) {
        return runs.latest(runDate);
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
