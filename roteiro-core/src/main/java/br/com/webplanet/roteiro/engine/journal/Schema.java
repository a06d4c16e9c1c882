package br.com.webplanet.roteiro.engine.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The journal's tables, created and migrated on start. One DDL for H2 and PostgreSQL.
 *
 * <p><b>Crash-safe by re-entrant steps.</b> A start may be killed anywhere inside creation or a migration, and H2
 * commits every DDL statement on its own (PostgreSQL would roll a transaction back, H2 cannot), so a version is
 * never noted before its statements are done: each statement runs in its own transaction, a statement whose object
 * is there already (table, index or column "already exists", left by a start that was killed after it) counts as
 * done, and the version is noted in {@code schema_version} only after its last statement. The next start redoes
 * the version from its first statement and completes it. Several runners starting at once do the same work and
 * meet on the same "already exists" and on the version's primary key.
 *
 * <p>Why not Flyway: it records a migration as one unit and relies on the database's transactional DDL to undo a
 * half-applied one; on H2 a kill between two statements of a script leaves the objects without the history row,
 * and the next start fails on "already exists" just as this class did before — the statements must be re-entrant
 * anyway, and with that done the library would add start-up time (its classpath scanning, a database-specific
 * module for PostgreSQL) for a schema of a few tables.
 *
 * <p>Adding a migration: append a {@code List.of(statements…)}; never edit one that shipped. Each statement must be
 * a DDL statement that either is idempotent ({@code IF NOT EXISTS}) or fails with "already exists" when redone;
 * a data statement must be idempotent by itself. {@code SchemaCrashTest} kills a start before each statement.
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

    /** The statements of each version, in order (for the crash test to check the catalog). */
    static List<List<String>> migrations() {
        return MIGRATIONS;
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Brings the database up to {@link #latestVersion()}; safe when several runners start at once or one was killed. */
    static void migrate(Database database) {
        migrate(database, step -> { });
    }

    /**
     * As {@link #migrate(Database)}, telling {@code beforeStep} the number of each step before doing it: 0 creates
     * {@code schema_version}, then each statement of each missing version and the note of that version, in order.
     * Only the crash test listens (to be killed at each step).
     */
    static void migrate(Database database, IntConsumer beforeStep) {
        int step = 0;
        beforeStep.accept(step++);
        try {
            createVersionTable(database);
        } catch (JournalException e) {
            createVersionTable(database);   // PostgreSQL: a runner starting at the same moment created it first
        }
        int current = currentVersion(database);
        if (current > MIGRATIONS.size()) {
            throw new JournalException("the journal database " + database.url() + " has schema version " + current
                    + ", newer than this roteiro (" + MIGRATIONS.size() + "); update roteiro", null);
        }
        for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
            for (String statement : MIGRATIONS.get(version - 1)) {
                beforeStep.accept(step++);
                execute(database, version, statement);
            }
            beforeStep.accept(step++);
            noteVersion(database, version);
        }
    }

    /** How many steps {@link #migrate(Database, IntConsumer)} takes on an empty database. */
    static int stepsFromEmpty() {
        return 1 + MIGRATIONS.stream().mapToInt(m -> m.size() + 1).sum();
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

    private static void execute(Database database, int version, String statement) {
        try {
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    if (!alreadyDone(e, statement)) {
                        throw e;
                    }
                    c.rollback();   // PostgreSQL: the failed statement aborted the transaction
                }
                return null;
            });
        } catch (JournalException e) {
            throw new JournalException("cannot migrate the journal database " + database.url() + " to schema version "
                    + version + ": " + e.getMessage(), e.getCause());
        }
    }

    /**
     * The object the statement creates is there already: H2 42S01/42S11/42S21 (table, index, column), PostgreSQL
     * 42P07/42701/42710 (relation, column, object), or a unique violation in PostgreSQL's catalog when another
     * runner created the same table at the same moment.
     */
    private static boolean alreadyDone(SQLException e, String statement) {
        boolean creates = statement.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)
                || statement.stripLeading().regionMatches(true, 0, "ALTER", 0, 5);
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (creates && ("42S01".equals(state) || "42S11".equals(state) || "42S21".equals(state)
                    || "42P07".equals(state) || "42701".equals(state) || "42710".equals(state)
                    || "23505".equals(state))) {
                return true;
            }
        }
        return false;
    }

    private static void noteVersion(Database database, int version) {
        database.inTransaction(c -> {
            try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                mark.setInt(1, version);
                mark.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                return Database.insertIfAbsent(mark);   // false: a runner starting at once noted it first
            }
        });
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
