package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.engine.journal.RunStore;
import br.com.webplanet.roteiro.report.DailyReport;
import java.time.LocalDate;
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
}
