package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.engine.journal.LeaseManager;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two runners sharing one PostgreSQL journal never execute the same step of the same day at once. */
class ConcurrentRunnersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static PostgresCluster postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresCluster.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Roteiro runner(String url, TestStep step) {
        return Roteiro.builder().withModules(TestModule.of(step)).journalUrl(url).journalUser(postgres.user())
                .journalPassword(Secret.of("")).runDate(DAY).progress(ProgressListener.NONE).build();
    }

    @Test
    void twoRunnersStartedAtOnceExecuteTheStepOnlyOnce() throws Exception {
        String url = postgres.createDatabase("runners");
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch finish = new CountDownLatch(1);
        TestStep step = TestStep.of("g3stor.update-status", 4, TestStep.newLog(), c -> {
            executions.incrementAndGet();
            finish.await(60, TimeUnit.SECONDS);   // hold the step until the other runner has tried
            return StepResult.of(StepStatus.DONE, "ok");
        });
        try (Roteiro first = runner(url, step); Roteiro second = runner(url, step)) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<DailyReport> a = CompletableFuture.supplyAsync(() -> runAfter(together, first));
            CompletableFuture<DailyReport> b = CompletableFuture.supplyAsync(() -> runAfter(together, second));

            DailyReport loser = (DailyReport) CompletableFuture.anyOf(a, b).get(60, TimeUnit.SECONDS);
            finish.countDown();
            DailyReport winner = (a.get(60, TimeUnit.SECONDS) == loser ? b : a).get(60, TimeUnit.SECONDS);

            StepReport skipped = loser.steps().get(0);
            assertThat(skipped.status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(skipped.summary()).startsWith("não executado: outro executor (")
                    .contains("está fazendo este passo para 2026-03-02");
            assertThat(winner.steps().get(0).status()).isEqualTo(StepStatus.DONE);
            assertThat(executions).hasValue(1);
        }
    }

    private static DailyReport runAfter(CyclicBarrier barrier, Roteiro roteiro) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return roteiro.run();
    }

    @Test
    void runnersMigratingAFreshJournalAtOnceBothStart() throws Exception {
        String url = postgres.createDatabase("migrate");
        CyclicBarrier together = new CyclicBarrier(4);
        List<CompletableFuture<Void>> opens = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    try {
                        together.await(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    JournalStore.open(url, postgres.user(), "").close();
                })).toList();

        CompletableFuture.allOf(opens.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        try (JournalStore store = JournalStore.open(url, postgres.user(), "")) {
            assertThat(store.journal().state("x")).isEqualTo(br.com.webplanet.roteiro.spi.Journal.EffectState.ABSENT);
        }
    }

    @Test
    void leaseIsExclusiveUntilReleasedOrExpired() {
        try (JournalStore store = JournalStore.open(postgres.createDatabase("leases"), postgres.user(), "")) {
            LeaseManager leases = store.leases();
            Duration hour = Duration.ofHours(1);

            assertThat(leases.acquire(DAY, "mail.triage", "host-a:1:x", hour).granted()).isTrue();
            LeaseManager.Attempt denied = leases.acquire(DAY, "mail.triage", "host-b:2:y", hour);
            assertThat(denied.granted()).isFalse();
            assertThat(denied.holder()).isEqualTo("host-a:1:x");
            assertThat(leases.acquire(DAY.plusDays(1), "mail.triage", "host-b:2:y", hour).granted()).isTrue();
            assertThat(leases.acquire(DAY, "github.open-issues", "host-b:2:y", hour).granted()).isTrue();
            assertThat(leases.acquire(DAY, "mail.triage", "host-a:1:x", hour).granted()).isTrue();   // re-entrant

            leases.release(DAY, "mail.triage", "host-b:2:y");   // not the holder: nothing happens
            assertThat(leases.acquire(DAY, "mail.triage", "host-b:2:y", hour).granted()).isFalse();
            leases.release(DAY, "mail.triage", "host-a:1:x");
            assertThat(leases.acquire(DAY, "mail.triage", "host-b:2:y", Duration.ofSeconds(-1)).granted()).isTrue();
            assertThat(leases.acquire(DAY, "mail.triage", "host-a:1:x", hour).granted()).as("expired").isTrue();
        }
    }

    @Test
    void leaseOfAProcessOfThisHostThatIsGoneIsTakenOver() throws Exception {
        String url = postgres.createDatabase("stale");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String dead = LeaseOwner.newOwner().replaceFirst(":\\d+:", ":" + gone.pid() + ":");
        try (JournalStore store = JournalStore.open(url, postgres.user(), "")) {
            store.leases().acquire(DAY, "g3stor.update-status", dead, Duration.ofHours(2));
        }
        AtomicInteger executions = new AtomicInteger();
        TestStep step = TestStep.of("g3stor.update-status", 4, TestStep.newLog(), c -> {
            executions.incrementAndGet();
            return StepResult.of(StepStatus.DONE, "ok");
        });

        try (Roteiro roteiro = runner(url, step)) {
            assertThat(roteiro.run().steps()).extracting(StepReport::status).containsExactly(StepStatus.DONE);
        }
        assertThat(executions).hasValue(1);
        assertThat(LeaseOwner.isDeadLocalProcess(LeaseOwner.newOwner())).isFalse();
        assertThat(List.of(dead)).allMatch(LeaseOwner::isDeadLocalProcess);
    }
}
