package br.com.webplanet.roteiro.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throw-away PostgreSQL cluster for tests: {@code initdb} in a temp dir, {@code pg_ctl start} on a
 * free port, {@code pg_ctl stop} when closed. Binaries come from the PATH or
 * {@code /usr/lib/postgresql/<version>/bin}; as root they run as the {@code postgres} user
 * ({@code initdb} refuses root). When the binaries are missing the test is skipped, unless the
 * {@code CI} variable is set, where it fails.
 *
 * <pre>{@code
 * static PostgresCluster pg;
 * @BeforeAll static void start() { pg = PostgresCluster.start(); }
 * @AfterAll static void stop() { pg.close(); }
 * ... pg.createDatabase("journal_test") → a jdbc:postgresql URL
 * }</pre>
 */
public final class PostgresCluster implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresCluster(Path binDir, Path dataDir, int port, boolean asPostgresUser) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Starts a new cluster, or skips (fails on CI) the calling test when PostgreSQL is not installed. */
    public static PostgresCluster start() {
        Optional<Path> bin = findBinaries();
        if (bin.isEmpty()) {
            String why = "PostgreSQL (initdb/pg_ctl) not found on PATH or under /usr/lib/postgresql/*/bin";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why + "; CI must install it (apt-get install postgresql)");
            }
            assumeTrue(false, why + ": skipping the PostgreSQL tests");
        }
        try {
            boolean root = isRoot();
            Path base = Files.createTempDirectory("roteiro-pg");
            Path data = base.resolve("data");
            if (root) {
                Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
                run(List.of("chown", "postgres", base.toString()), false, null);
            }
            int port = freePort();
            PostgresCluster cluster = new PostgresCluster(bin.get(), data, port, root);
            cluster.pg("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--no-sync", "--locale=C");
            cluster.pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", base.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Creates a fresh database and returns its JDBC URL (user {@code postgres}, no password). */
    public String createDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", dataDir.toString(), "-w", "-m", "immediate", "stop");
            try (var files = Files.walk(dataDir.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void pg(String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command, true, dataDir.getParent());
    }

    private static void run(List<String> command, boolean quietStdout, Path cwd) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (cwd != null) {
            builder.directory(cwd.toFile());
        }
        Process process = builder.start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + output);
        }
    }

    private static Optional<Path> findBinaries() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir));
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.sorted(java.util.Comparator.reverseOrder()).forEach(v -> candidates.add(v.resolve("bin")));
        } catch (IOException e) {
            // not installed the Debian way
        }
        return candidates.stream()
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .map(d -> {
                    try {
                        return d.resolve("initdb").toRealPath().getParent();   // the real bin dir, not /usr/local/bin
                    } catch (IOException e) {
                        return d;
                    }
                })
                .findFirst();
    }

    private static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
