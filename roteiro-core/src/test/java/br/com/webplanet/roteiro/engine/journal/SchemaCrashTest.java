package br.com.webplanet.roteiro.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.PostgresCluster;
import br.com.webplanet.roteiro.model.TicketId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start is killed ({@code kill -9}, a real separate JVM) before each step of schema creation — each DDL
 * statement and each version note — and the next start completes the schema and works. H2 commits every DDL
 * statement on its own, so before the fix a kill after the first statement left version 1 noted with one table
 * and every later start failed with "Table JOURNAL_RUN not found".
 */
class SchemaCrashTest {
    private static final Pattern CREATED = Pattern.compile(
            "(?i)^\\s*CREATE\\s+(TABLE|INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static PostgresCluster postgres;

    @TempDir
    Path dir;

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void killedAtEverySchemaStepTheNextStartCompletesTheSchemaOnH2() throws Exception {
        for (int step = 1; step < Schema.stepsFromEmpty(); step++) {
            String url = JournalStore.h2FileUrl(dir.resolve("journal-" + step));
            killAt(url, null, step);
            startsAndWorks(url, null, step);
        }
    }

    @Test
    void killedAtEverySchemaStepTheNextStartCompletesTheSchemaOnPostgres() throws Exception {
        if (postgres == null) {
            postgres = PostgresCluster.start();
        }
        for (int step = 1; step < Schema.stepsFromEmpty(); step++) {
            String url = postgres.createDatabase("schema" + step);
            killAt(url, postgres.user(), step);
            startsAndWorks(url, postgres.user(), step);
        }
    }

    @Test
    void migratingTwiceOrFromAHalfDoneVersionIsHarmless() {
        String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Database database = new Database(url, null, null)) {
            Schema.migrate(database);
            database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM schema_version");   // as if every version had been killed before its note
                }
                return null;
            });
            Schema.migrate(database);
            Schema.migrate(database);
            assertThat(version(database)).isEqualTo(Schema.latestVersion());
        }
    }

    private static int version(Database database) {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void killAt(String url, String user, int step) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath,
                SchemaCrashMain.class.getName(), url, user == null ? "-" : user, String.valueOf(step))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith(SchemaCrashMain.SIGNAL)) {
                output.add(line);
            }
            assertThat(line).as("child output: %s", output).isEqualTo(SchemaCrashMain.SIGNAL + " " + step);
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The next start migrates, every table and index exists, and the journal's stores all work. */
    private static void startsAndWorks(String url, String user, int step) throws SQLException {
        try (JournalStore store = JournalStore.open(url, user, user == null ? null : "")) {
            TicketId ticket = store.journal().once("mail:<a@b>", TicketId.class, () -> new TicketId("G3-1"));
            store.journal().record("mail.decisions", "<a@b>", ticket);
            store.journal().checkpoint("imap:INBOX").put("1:1");
            store.runs().started("run-" + step, LocalDate.of(2026, 3, 2));
            assertThat(store.leases().acquire(LocalDate.of(2026, 3, 2), "mail.triage", "me", Duration.ofMinutes(5))
                    .granted()).as("killed before step %d", step).isTrue();
            assertThat(store.journal().records("mail.decisions", TicketId.class)).containsValue(new TicketId("G3-1"));
        }
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
            credentials.setProperty("password", "");
        }
        try (Connection c = DriverManager.getConnection(url, credentials)) {
            for (List<String> migration : Schema.migrations()) {
                for (String statement : migration) {
                    Matcher created = CREATED.matcher(statement);
                    if (created.find()) {
                        assertThat(exists(c, created.group(1), created.group(2)))
                                .as("%s %s after a kill before step %d", created.group(1), created.group(2), step)
                                .isTrue();
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).as("killed before step %d", step).isEqualTo(Schema.latestVersion());
            }
        }
    }

    private static boolean exists(Connection c, String kind, String name) throws SQLException {
        boolean postgres = c.getMetaData().getURL().startsWith("jdbc:postgresql:");
        String sql = kind.equalsIgnoreCase("TABLE")
                ? (postgres ? "SELECT COUNT(*) FROM pg_tables WHERE tablename = ?"
                        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = ?")
                : (postgres ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = ?"
                        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME) = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
