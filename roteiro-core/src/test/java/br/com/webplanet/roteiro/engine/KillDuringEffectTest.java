package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is killed ({@code kill -9}, a real separate JVM) between an effect's intent and its
 * result; the next run finds the effect at the remote and records it instead of doing it again.
 */
class KillDuringEffectTest {
    private static final String KEY = "mail:<pedido-42@cliente.com.br>";
    private static PostgresCluster postgres;

    @TempDir
    Path dir;

    /** The step both JVMs run: opens a ticket once, reconciling with the "remote" file. */
    static TestStep step(String key, Path remote, Journal.Effect<String> effect) {
        return TestStep.of("mail.triage", 1, TestStep.newLog(), c -> {
            String ticket = c.journal().once(key, String.class, () -> {
                if (!Files.exists(remote)) {
                    return Optional.empty();
                }
                return Files.readAllLines(remote).stream().findFirst();
            }, effect);
            return StepResult.builder().action(ActionRecord.done("ticket.open", ticket, "chamado aberto", key)).build();
        });
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void effectInterruptedByKillIsReconciledNotDuplicatedOnH2() throws Exception {
        killAndRerun(JournalStore.h2FileUrl(dir.resolve("journal")), null);
    }

    @Test
    void effectInterruptedByKillIsReconciledNotDuplicatedOnPostgres() throws Exception {
        if (postgres == null) {
            postgres = PostgresCluster.start();
        }
        killAndRerun(postgres.createDatabase("kill"), postgres.user());
    }

    private void killAndRerun(String url, String user) throws Exception {
        Path remote = dir.resolve("g3stor-tickets.txt");
        Process child = new ProcessBuilder(javaCommand(url, user, remote)).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(CrashingRunMain.SIGNAL)) {
                output.add(line);
            }
            assertThat(line).as("child output: %s", output).isEqualTo(CrashingRunMain.SIGNAL);
            if (user == null) {
                assertThatThrownBy(() -> Roteiro.builder().journalUrl(url).withModules(TestModule.of()).build())
                        .isInstanceOf(RoteiroStartException.class)
                        .hasMessageContaining("another roteiro is using this H2 journal file");
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hooks, no finally blocks
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (JournalStore store = JournalStore.open(url, user, user == null ? null : "")) {
            assertThat(store.journal().state(KEY)).isEqualTo(Journal.EffectState.PENDING);
        }

        AtomicInteger redone = new AtomicInteger();
        RoteiroBuilder builder = Roteiro.builder().progress(ProgressListener.NONE).journalUrl(url)
                .withModules(TestModule.of(step(KEY, remote, () -> "G3-" + redone.incrementAndGet())));
        if (user != null) {
            builder.journalUser(user).journalPassword(Secret.of(""));
        }
        try (Roteiro roteiro = builder.build()) {
            DailyReport report = roteiro.run();

            assertThat(report.steps().get(0).actions()).extracting(ActionRecord::target).containsExactly("G3-77");
            assertThat(redone).hasValue(0);
            assertThat(Files.readAllLines(remote)).containsExactly("G3-77");
            assertThat(roteiro.run().steps().get(0).actions()).extracting(ActionRecord::target).containsExactly("G3-77");
        }
    }

    private static List<String> javaCommand(String url, String user, Path remote) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-cp", classPath, CrashingRunMain.class.getName(), url, user == null ? "-" : user,
                remote.toString(), KEY);
    }
}
