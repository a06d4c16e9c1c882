package br.com.webplanet.roteiro.engine.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The journal database: opened (and its schema migrated) with {@link #open}, closed with
 * {@link #close()}. Gives the {@link JdbcJournal} steps use, the step {@link LeaseManager} and
 * the {@link RunStore run history}.
 *
 * <p>URLs: {@code jdbc:h2:file:/path/journal} (embedded, one process at a time; a process killed
 * with {@code kill -9} leaves no lock behind) or {@code jdbc:postgresql://host/db} (several
 * runners). {@link #defaultUrl()} is an H2 file under {@code ~/.roteiro}.
 */
public final class JournalStore implements AutoCloseable {
    private final Database database;
    private final JdbcJournal journal;
    private final LeaseManager leases;
    private final RunStore runs;
    private final JdbcTaskStore tasks;

    private JournalStore(Database database) {
        this.database = database;
        this.journal = new JdbcJournal(database, false, null, null);
        this.leases = new LeaseManager(database, Clock.systemUTC());
        this.runs = new RunStore(database);
        this.tasks = new JdbcTaskStore(database);
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static JournalStore open(String url, String user, String password) {
        Objects.requireNonNull(url, "journal url is null");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("journal url must be jdbc:h2:… or jdbc:postgresql:…, was '"
                    + Database.safe(url) + "'");
        }
        Database database = new Database(durable(url), user, password);
        try {
            Schema.migrate(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new JournalStore(database);
    }

    /**
     * H2 keeps commits in memory for up to half a second by default: a {@code kill -9} in that
     * window loses an intent already "committed". {@code WRITE_DELAY=0} writes each commit out.
     */
    static String durable(String url) {
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        return h2File && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY") ? url + ";WRITE_DELAY=0" : url;
    }

    /** Opens an H2 or PostgreSQL URL without credentials (H2's default user). */
    public static JournalStore open(String url) {
        return open(url, null, null);
    }

    /** The H2 file URL used when none is configured: {@code ~/.roteiro/journal}. */
    public static String defaultUrl() {
        return h2FileUrl(Path.of(System.getProperty("user.home"), ".roteiro", "journal"));
    }

    /** The H2 URL of a journal file at {@code file} (without the {@code .mv.db} suffix H2 adds). */
    public static String h2FileUrl(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    /** The journal, for effects, checkpoints and records. */
    public JdbcJournal journal() {
        return journal;
    }

    /** Per-step leases, so two runners never do the same step of the same day at once. */
    public LeaseManager leases() {
        return leases;
    }

    /** Past runs and their reports. */
    public RunStore runs() {
        return runs;
    }

    /** Tasks for people, kept until they are done. */
    public JdbcTaskStore tasks() {
        return tasks;
    }

    /** Effects left pending by crashed or failed runs, for a person to resolve. */
    public PendingEffects pending() {
        return new PendingEffects(database);
    }

    /**
     * Forgets hand-off records and run reports older than {@code before} (effects and checkpoints
     * are kept: they are what stops an effect from happening twice). Returns how many rows went.
     */
    public int prune(java.time.Instant before) {
        java.util.Objects.requireNonNull(before, "before is null");
        java.time.OffsetDateTime limit = before.atOffset(java.time.ZoneOffset.UTC);
        return database.inTransaction(c -> {
            int removed = 0;
            for (String sql : java.util.List.of("DELETE FROM journal_record WHERE updated_at < ?",
                    "DELETE FROM journal_run WHERE started_at < ?")) {
                try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setObject(1, limit);
                    removed += ps.executeUpdate();
                }
            }
            return removed;
        });
    }

    /** Hides secrets (e.g. the configuration's) in the effect errors this store writes. */
    public JournalStore redactWith(java.util.function.UnaryOperator<String> redactor) {
        database.redactWith(redactor);
        return this;
    }

    /** The URL this store was opened with (a password in it hidden). */
    public String url() {
        return database.url();
    }

    @Override
    public void close() {
        database.close();
    }
}
