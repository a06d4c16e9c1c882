package br.com.webplanet.roteiro.engine.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Lists the effects left pending and lets a person resolve them after checking the remote. */
public final class PendingEffects {
    private final Database database;

    PendingEffects(Database database) {
        this.database = Objects.requireNonNull(database, "database is null");
    }

    /** Every pending effect, oldest first. */
    public List<PendingEffect> list() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT effect_key, step_id, run_id, intent_at, error"
                    + " FROM journal_effect WHERE state = 'PENDING' ORDER BY intent_at, effect_key");
                 ResultSet rs = ps.executeQuery()) {
                List<PendingEffect> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new PendingEffect(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                }
                return List.copyOf(out);
            }
        });
    }

    /** The person checked: the effect did not happen. The next run does it. False when {@code key} is not pending. */
    public boolean withdraw(String key) {
        Objects.requireNonNull(key, "key is null");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM journal_effect WHERE effect_key = ? AND state = 'PENDING'")) {
                ps.setString(1, key);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * The person checked: the effect happened, with this result (what the step would have recorded,
     * e.g. the ticket id). It is never done again. False when {@code key} is not pending.
     */
    public boolean resolve(String key, Object result) {
        Objects.requireNonNull(key, "key is null");
        String json = JournalJson.write(result);
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal_effect SET state = 'DONE', result_json = ?,"
                    + " done_at = ? WHERE effect_key = ? AND state = 'PENDING'")) {
                ps.setString(1, json);
                ps.setObject(2, EffectRow.now());
                ps.setString(3, key);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
