package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.spi.Journal.EffectState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** SQL for one row of {@code journal_effect}: its state and, when done, its JSON result. */
record EffectRow(EffectState state, String resultJson) {
    static final EffectRow ABSENT = new EffectRow(EffectState.ABSENT, null);

    static EffectRow find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state, result_json FROM journal_effect WHERE effect_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return ABSENT;
                }
                return new EffectRow(EffectState.valueOf(rs.getString(1)), rs.getString(2));
            }
        }
    }

    /** Writes the intent; false when another runner wrote one first. */
    static boolean insertIntent(Connection c, String key, String stepId, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_effect"
                + " (effect_key, state, step_id, run_id, intent_at) VALUES (?, 'PENDING', ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, stepId);
            ps.setString(3, runId);
            ps.setObject(4, now());
            return Database.insertIfAbsent(ps);
        }
    }

    static void markDone(Connection c, String key, String json, String stepId, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE journal_effect SET state = 'DONE', result_json = ?,"
                + " done_at = ?, error = NULL, step_id = COALESCE(step_id, ?), run_id = COALESCE(run_id, ?)"
                + " WHERE effect_key = ?")) {
            ps.setString(1, json);
            ps.setObject(2, now());
            ps.setString(3, stepId);
            ps.setString(4, runId);
            ps.setString(5, key);
            if (ps.executeUpdate() == 0) {
                throw new SQLException("effect '" + key + "' has no intent to complete", "02000");
            }
        }
    }

    static void noteError(Connection c, String key, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE journal_effect SET error = ? WHERE effect_key = ? AND state = 'PENDING'")) {
            ps.setString(1, error);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    static void withdraw(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM journal_effect WHERE effect_key = ? AND state = 'PENDING'")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    Optional<String> result() {
        return Optional.ofNullable(resultJson);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
