package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.JournalKeys;
import br.com.webplanet.roteiro.spi.ReconcileRequiredException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link Journal} kept in a JDBC database (H2 file by default, PostgreSQL by URL), with the
 * semantics described on {@link Journal}: the intent is committed in its own transaction before
 * the effect runs and the result in another after it, so a run killed in between leaves a
 * {@link Journal.EffectState#PENDING PENDING} effect that the next run reconciles.
 *
 * <p>Open one with {@link JournalStore#open}; {@link JournalStore#journal()} gives this view.
 * {@link #forStep} tags what a step writes with its id and run id; {@link #dryRunView()} reads
 * but never writes. Thread-safe.
 */
public final class JdbcJournal implements Journal {
    private final Database database;
    private final boolean readOnly;
    private final String stepId;
    private final String runId;

    /** Longest effect key, record key or checkpoint name the tables hold; longer ones are hashed ({@link JournalKeys}). */
    public static final int MAX_KEY = JournalKeys.MAX_LENGTH;
    /** Longest record topic the table holds; longer ones are hashed ({@link JournalKeys}). */
    public static final int MAX_TOPIC = JournalKeys.MAX_TOPIC_LENGTH;

    JdbcJournal(Database database, boolean readOnly, String stepId, String runId) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.readOnly = readOnly;
        this.stepId = stepId;
        this.runId = runId;
    }

    /** A view that reads but never records or runs effects: what a dry-run step sees. */
    public JdbcJournal dryRunView() {
        return new JdbcJournal(database, true, stepId, runId);
    }

    /** A view that notes {@code stepId} and {@code runId} on each effect it records. */
    public JdbcJournal forStep(String stepId, String runId) {
        return new JdbcJournal(database, readOnly, stepId, runId);
    }

    /** Whether this view only reads (dry-run). */
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public <T> T once(String givenKey, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        String key = JournalKeys.stored(givenKey);
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(effect, "effect is null");
        EffectRow row = database.inTransaction(c -> EffectRow.find(c, key));
        if (row.state() == EffectState.DONE) {
            return JournalJson.read(row.resultJson(), type);
        }
        if (readOnly) {
            throw new IllegalStateException("dry-run: effect '" + key + "' would run; check dryRun() before once()");
        }
        if (row.state() == EffectState.ABSENT && !database.inTransaction(c -> EffectRow.insertIntent(c, key, stepId, runId))) {
            row = database.inTransaction(c -> EffectRow.find(c, key));   // another runner wrote it first
            if (row.state() == EffectState.DONE) {
                return JournalJson.read(row.resultJson(), type);
            }
        }
        if (row.state() != EffectState.ABSENT) {
            Optional<T> found = reconcile(key, reconciler);
            if (found.isPresent()) {
                complete(key, found.get());
                return found.get();
            }
        }
        T value = perform(key, effect);
        complete(key, value);
        return value;
    }

    private <T> Optional<T> reconcile(String key, Reconciler<T> reconciler) {
        if (reconciler == null) {
            throw new ReconcileRequiredException(key);
        }
        try {
            return Objects.requireNonNull(reconciler.find(), "reconciler returned null instead of Optional.empty()");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reconciling '" + key + "' failed: " + e.getMessage(), e);
        }
    }

    private <T> T perform(String key, Effect<T> effect) {
        try {
            return effect.perform();
        } catch (EffectNotPerformedException e) {
            database.inTransaction(c -> {
                EffectRow.withdraw(c, key);
                return null;
            });
            throw e;
        } catch (Exception e) {
            String error = database.redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            database.inTransaction(c -> {
                EffectRow.noteError(c, key, error);
                return null;
            });
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("effect '" + key + "' failed: " + e.getMessage(), e);
        }
    }

    private void complete(String key, Object value) {
        String json = JournalJson.write(value);
        database.inTransaction(c -> {
            EffectRow.markDone(c, key, json, stepId, runId);
            return null;
        });
    }

    @Override
    public EffectState state(String givenKey) {
        String key = JournalKeys.stored(givenKey);
        return database.inTransaction(c -> EffectRow.find(c, key)).state();
    }

    @Override
    public <T> Optional<T> result(String givenKey, Class<T> type) {
        String key = JournalKeys.stored(givenKey);
        EffectRow row = database.inTransaction(c -> EffectRow.find(c, key));
        return row.state() == EffectState.DONE ? Optional.ofNullable(JournalJson.read(row.resultJson(), type))
                : Optional.empty();
    }

    @Override
    public Checkpoint checkpoint(String name) {
        return new JdbcCheckpoint(database, JournalKeys.stored(name), readOnly);
    }

    @Override
    public void record(String givenTopic, String givenKey, Object value) {
        String topic = JournalKeys.storedTopic(givenTopic);
        String key = JournalKeys.stored(givenKey);
        if (readOnly) {
            return;
        }
        String json = JournalJson.write(value);
        database.inTransaction(c -> {
            if (update(c, topic, key, json) == 0) {
                insert(c, topic, key, json);
            }
            return null;
        });
    }

    private static int update(Connection c, String topic, String key, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE journal_record SET value_json = ?, updated_at = ? WHERE topic = ? AND record_key = ?")) {
            ps.setString(1, json);
            ps.setObject(2, EffectRow.now());
            ps.setString(3, topic);
            ps.setString(4, key);
            return ps.executeUpdate();
        }
    }

    private static void insert(Connection c, String topic, String key, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_record (topic, record_key, value_json,"
                + " seq, updated_at) SELECT ?, ?, ?, COALESCE(MAX(seq), 0) + 1, ? FROM journal_record WHERE topic = ?")) {
            ps.setString(1, topic);
            ps.setString(2, key);
            ps.setString(3, json);
            ps.setObject(4, EffectRow.now());
            ps.setString(5, topic);
            ps.executeUpdate();
        }
    }

    @Override
    public <T> Map<String, T> records(String givenTopic, Class<T> type) {
        String topic = JournalKeys.storedTopic(givenTopic);
        Map<String, String> raw = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT record_key, value_json FROM journal_record"
                    + " WHERE topic = ? ORDER BY seq, record_key")) {
                ps.setString(1, topic);
                Map<String, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
        Map<String, T> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, JournalJson.read(v, type)));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public boolean forget(String givenTopic, String givenKey) {
        String topic = JournalKeys.storedTopic(givenTopic);
        String key = JournalKeys.stored(givenKey);
        if (readOnly) {
            return false;
        }
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM journal_record WHERE topic = ? AND record_key = ?")) {
                ps.setString(1, topic);
                ps.setString(2, key);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
