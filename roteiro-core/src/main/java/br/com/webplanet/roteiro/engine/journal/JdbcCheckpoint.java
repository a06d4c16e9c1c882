package br.com.webplanet.roteiro.engine.journal;

import br.com.webplanet.roteiro.spi.Journal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** A named value in {@code journal_checkpoint}; writes are ignored in a read-only (dry-run) view. */
final class JdbcCheckpoint implements Journal.Checkpoint {
    private final Database database;
    private final String name;
    private final boolean readOnly;

    JdbcCheckpoint(Database database, String name, boolean readOnly) {
        this.database = database;
        this.name = name;
        this.readOnly = readOnly;
    }

    @Override
    public Optional<String> get() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT checkpoint_value FROM journal_checkpoint WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String value) {
        if (readOnly) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            try {
                database.inTransaction(c -> {
                    try (PreparedStatement up = c.prepareStatement(
                            "UPDATE journal_checkpoint SET checkpoint_value = ?, updated_at = ? WHERE name = ?")) {
                        up.setString(1, value);
                        up.setObject(2, EffectRow.now());
                        up.setString(3, name);
                        if (up.executeUpdate() > 0) {
                            return null;
                        }
                    }
                    try (PreparedStatement in = c.prepareStatement(
                            "INSERT INTO journal_checkpoint (name, checkpoint_value, updated_at) VALUES (?, ?, ?)")) {
                        in.setString(1, name);
                        in.setString(2, value);
                        in.setObject(3, EffectRow.now());
                        in.executeUpdate();
                    }
                    return null;
                });
                return;
            } catch (JournalException e) {
                if (attempt > 0 || !(e.getCause() instanceof SQLException s) || !Database.isUniqueViolation(s)) {
                    throw e;
                }   // another runner inserted it at the same moment: update it now
            }
        }
    }
}
