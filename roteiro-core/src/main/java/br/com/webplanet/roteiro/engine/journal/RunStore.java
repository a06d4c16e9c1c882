package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.report.DailyReport;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Run history: one row per run with its {@link DailyReport} as JSON, so a past day can be rendered again. */
public final class RunStore {
    private final Database database;

    RunStore(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /**
     * Notes that a run started (its report comes with {@link #finished}). The table keeps real
     * times (for ordering and pruning); the report keeps the run's own clock.
     */
    public void started(String runId, LocalDate runDate) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO journal_run (run_id, run_date, started_at) VALUES (?, ?, ?)")) {
                ps.setString(1, runId);
                ps.setObject(2, runDate);
                ps.setObject(3, EffectRow.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Stores the finished run's report. */
    public void finished(DailyReport report) {
        Objects.requireNonNull(report, "report is null");
        String json = JournalJson.write(report);
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE journal_run SET finished_at = ?, report_json = ? WHERE run_id = ?")) {
                ps.setObject(1, EffectRow.now());
                ps.setString(2, json);
                ps.setString(3, report.runId());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The report of the latest finished run for {@code runDate}. */
    public Optional<DailyReport> latest(LocalDate runDate) {
        Objects.requireNonNull(runDate, "runDate is null");
        Optional<String> json = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_json FROM journal_run WHERE run_date = ?"
                    + " AND report_json IS NOT NULL ORDER BY finished_at DESC, started_at DESC")) {
                ps.setObject(1, runDate);
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return json.map(j -> JournalJson.read(j, DailyReport.class));
    }

    /** Every finished run's report for {@code runDate}, oldest first. */
    public List<DailyReport> all(LocalDate runDate) {
        return all(runDate, Integer.MAX_VALUE);
    }

    /** Every finished run's report for {@code runDate}, oldest first (at most {@code limit}, the newest kept). */
    public List<DailyReport> all(LocalDate runDate, int limit) {
        Objects.requireNonNull(runDate, "runDate is null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        List<String> json = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_json FROM journal_run WHERE run_date = ?"
                    + " AND report_json IS NOT NULL ORDER BY finished_at DESC, started_at DESC")) {
                ps.setObject(1, runDate);
                ps.setMaxRows(limit);
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return rows;
            }
        });
        List<DailyReport> reports = new ArrayList<>();
        for (int i = json.size() - 1; i >= 0; i--) {
            reports.add(JournalJson.read(json.get(i), DailyReport.class));
        }
        return List.copyOf(reports);
    }

    /** The dates that have at least one finished run, newest first (at most {@code limit}). */
    public List<LocalDate> dates(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT run_date FROM journal_run"
                    + " WHERE report_json IS NOT NULL ORDER BY run_date DESC")) {
                ps.setMaxRows(limit);
                List<LocalDate> dates = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dates.add(rs.getObject(1, LocalDate.class));
                    }
                }
                return List.copyOf(dates);
            }
        });
    }
}
