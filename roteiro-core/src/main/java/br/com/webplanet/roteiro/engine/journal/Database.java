package br.com.webplanet.roteiro.engine.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Properties;

/**
 * Connections to the journal database: a few idle connections are kept for reuse, each
 * transaction borrows one. No pool library: a run makes a handful of statements per effect.
 *
 * <p>HikariCP was considered for PostgreSQL (issue #15) and not adopted: what a restart of the
 * database needs is that a dead connection is never handed out, which {@link #borrow} already
 * does by validating each idle connection and opening a new one; Hikari would add housekeeping
 * threads and a second code path beside H2's embedded file for no measured gain, and its
 * reconnection behaviour would first need a test that restarts PostgreSQL under a running journal.
 */
final class Database implements AutoCloseable {
    private static final int MAX_IDLE = 4;

    private final String url;
    private final Properties properties = new Properties();
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;
    private volatile java.util.function.UnaryOperator<String> redactor = java.util.function.UnaryOperator.identity();

    Database(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url is null");
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
    }

    /** The URL as it may be shown: a password written in it is hidden. */
    String url() {
        return safe(url);
    }

    static String safe(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1[REDACTED]");
    }

    /** Hides secrets in the texts written to the database (effect errors). */
    String redact(String text) {
        return redactor.apply(text);
    }

    void redactWith(java.util.function.UnaryOperator<String> value) {
        this.redactor = Objects.requireNonNull(value, "redactor is null");
    }

    /** Work done in one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in its own transaction; commits on return, rolls back on any exception. */
    <T> T inTransaction(Work<T> work) {
        Connection connection = borrow();
        boolean healthy = false;
        try {
            connection.setAutoCommit(false);
            T value = work.run(connection);
            connection.commit();
            healthy = true;
            return value;
        } catch (SQLException e) {
            rollback(connection);
            healthy = isValid(connection);
            throw new JournalException("journal database error (" + e.getSQLState() + "): " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            rollback(connection);
            healthy = isValid(connection);
            throw e;
        } finally {
            giveBack(connection, healthy);
        }
    }

    private Connection borrow() {
        while (true) {
            Connection c;
            synchronized (idle) {
                if (closed) {
                    throw new IllegalStateException("journal is closed");
                }
                c = idle.pollFirst();
            }
            if (c == null) {
                break;
            }
            if (isValid(c)) {   // e.g. PostgreSQL restarted since it was last used
                return c;
            }
            closeQuietly(c);
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new JournalException("cannot open the journal database " + safe(url) + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection connection, boolean healthy) {
        synchronized (idle) {
            if (healthy && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is dropped below when it is no longer valid
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do: the connection is gone either way
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Database::closeQuietly);
            idle.clear();
        }
    }

    /** Runs {@code insert}; false when the row is there already (a unique violation). */
    static boolean insertIfAbsent(PreparedStatement insert) throws SQLException {
        try {
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLSTATE 23505 (unique violation) in both H2 and PostgreSQL. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
