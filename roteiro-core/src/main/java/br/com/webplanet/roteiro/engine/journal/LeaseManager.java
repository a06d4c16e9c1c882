package br.com.webplanet.roteiro.engine.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Leases per (run date, step id), so two runners sharing a journal never execute the same step
 * of the same day at once. Acquiring is one INSERT, or, when a row exists, one conditional
 * UPDATE that only wins if the lease expired or is already ours: atomic on PostgreSQL and H2.
 */
public final class LeaseManager {
    private final Database database;
    private final Clock clock;

    LeaseManager(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** The outcome of {@link #acquire}: granted, or held by {@code holder} until {@code expiresAt}. */
    public record Attempt(boolean granted, String holder, Instant expiresAt) {}

    /** Takes the lease for {@code owner} for {@code duration}, unless another live owner holds it. */
    public Attempt acquire(LocalDate runDate, String stepId, String owner, Duration duration) {
        Objects.requireNonNull(runDate, "runDate is null");
        Objects.requireNonNull(stepId, "stepId is null");
        Objects.requireNonNull(owner, "owner is null");
        Instant now = clock.instant();
        Instant expires = now.plus(duration);
        if (database.inTransaction(c -> insert(c, runDate, stepId, owner, now, expires))
                || database.inTransaction(c -> takeOver(c, runDate, stepId, owner, now, expires))) {
            return new Attempt(true, owner, expires);
        }
        Optional<Attempt> holder = database.inTransaction(c -> holder(c, runDate, stepId));
        if (holder.isEmpty()) {   // released between our two statements: try once more
            return database.inTransaction(c -> insert(c, runDate, stepId, owner, now, expires))
                    ? new Attempt(true, owner, expires) : new Attempt(false, "?", now);
        }
        return holder.get();
    }

    /**
     * Takes over the lease from {@code staleOwner} (a runner known to be dead), for {@code owner};
     * false when someone else holds it by now.
     */
    public boolean takeOverFrom(LocalDate runDate, String stepId, String staleOwner, String owner, Duration duration) {
        Instant now = clock.instant();
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal_lease SET owner_id = ?, acquired_at = ?,"
                    + " expires_at_ms = ? WHERE run_date = ? AND step_id = ? AND owner_id = ?")) {
                ps.setString(1, owner);
                ps.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
                ps.setLong(3, now.plus(duration).toEpochMilli());
                ps.setObject(4, runDate);
                ps.setString(5, stepId);
                ps.setString(6, staleOwner);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease back (only when {@code owner} still holds it). */
    public void release(LocalDate runDate, String stepId, String owner) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM journal_lease WHERE run_date = ? AND step_id = ? AND owner_id = ?")) {
                ps.setObject(1, runDate);
                ps.setString(2, stepId);
                ps.setString(3, owner);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static boolean insert(Connection c, LocalDate runDate, String stepId, String owner, Instant now,
                                  Instant expires) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_lease"
                + " (run_date, step_id, owner_id, acquired_at, expires_at_ms) VALUES (?, ?, ?, ?, ?)")) {
            ps.setObject(1, runDate);
            ps.setString(2, stepId);
            ps.setString(3, owner);
            ps.setObject(4, now.atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(5, expires.toEpochMilli());
            return Database.insertIfAbsent(ps);
        }
    }

    private static boolean takeOver(Connection c, LocalDate runDate, String stepId, String owner, Instant now,
                                    Instant expires) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE journal_lease SET owner_id = ?, acquired_at = ?,"
                + " expires_at_ms = ? WHERE run_date = ? AND step_id = ? AND (expires_at_ms < ? OR owner_id = ?)")) {
            ps.setString(1, owner);
            ps.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(3, expires.toEpochMilli());
            ps.setObject(4, runDate);
            ps.setString(5, stepId);
            ps.setLong(6, now.toEpochMilli());
            ps.setString(7, owner);
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<Attempt> holder(Connection c, LocalDate runDate, String stepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT owner_id, expires_at_ms FROM journal_lease WHERE run_date = ? AND step_id = ?")) {
            ps.setObject(1, runDate);
            ps.setString(2, stepId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Attempt(false, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                        : Optional.empty();
            }
        }
    }
}
