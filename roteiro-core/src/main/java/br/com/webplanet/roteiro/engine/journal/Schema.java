package br.com.webplanet.roteiro.engine.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The journal's tables, created and migrated on start. One DDL for H2 and PostgreSQL; each
 * migration is applied once and noted in {@code schema_version}.
 */
final class Schema {
    /** Migrations in order; index + 1 is the version. Never edit one that shipped: add another. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE journal_effect (effect_key VARCHAR(1000) NOT NULL PRIMARY KEY,"
                    + " state VARCHAR(16) NOT NULL, result_json TEXT, step_id VARCHAR(200), run_id VARCHAR(100),"
                    + " intent_at TIMESTAMP WITH TIME ZONE NOT NULL, done_at TIMESTAMP WITH TIME ZONE, error TEXT)",
            "CREATE TABLE journal_checkpoint (name VARCHAR(1000) NOT NULL PRIMARY KEY, checkpoint_value TEXT,"
                    + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE TABLE journal_record (topic VARCHAR(200) NOT NULL, record_key VARCHAR(1000) NOT NULL,"
                    + " value_json TEXT NOT NULL, seq BIGINT NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " PRIMARY KEY (topic, record_key))",
            "CREATE INDEX journal_record_seq ON journal_record (topic, seq)",
            "CREATE TABLE journal_run (run_id VARCHAR(100) NOT NULL PRIMARY KEY, run_date DATE NOT NULL,"
                    + " started_at TIMESTAMP WITH TIME ZONE NOT NULL, finished_at TIMESTAMP WITH TIME ZONE,"
                    + " report_json TEXT)",
            "CREATE INDEX journal_run_date ON journal_run (run_date, started_at)",
            "CREATE TABLE journal_lease (run_date DATE NOT NULL, step_id VARCHAR(200) NOT NULL,"
                    + " owner_id VARCHAR(200) NOT NULL, acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " expires_at_ms BIGINT NOT NULL, PRIMARY KEY (run_date, step_id))"));

    private Schema() {}

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Brings the database up to {@link #latestVersion()}; safe when several runners start at once. */
    static void migrate(Database database) {
        try {
            createVersionTable(database);
        } catch (JournalException e) {
            createVersionTable(database);   // PostgreSQL: a runner starting at the same moment created it first
        }
        for (int version = currentVersion(database) + 1; version <= MIGRATIONS.size(); version++) {
            int v = version;
            try {
                database.inTransaction(c -> apply(c, v));
            } catch (JournalException e) {
                if (currentVersion(database) < v) {   // not a runner that migrated at the same moment
                    throw e;
                }
            }
        }
        int current = currentVersion(database);
        if (current > MIGRATIONS.size()) {
            throw new JournalException("the journal database " + database.url() + " has schema version " + current
                    + ", newer than this roteiro (" + MIGRATIONS.size() + "); update roteiro", null);
        }
    }

    private static void createVersionTable(Database database) {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY,"
                        + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
    }

    private static Void apply(Connection c, int version) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
            mark.setInt(1, version);
            mark.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            mark.executeUpdate();   // a second runner migrating at once fails here and rolls back
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : MIGRATIONS.get(version - 1)) {
                s.execute(ddl);
            }
        }
        return null;
    }

    private static int currentVersion(Database database) {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
