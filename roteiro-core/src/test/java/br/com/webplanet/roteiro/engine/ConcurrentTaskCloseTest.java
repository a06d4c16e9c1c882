package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two runners on one PostgreSQL journal close the same task at the same moment: one wins, the other is told. */
class ConcurrentTaskCloseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final int TASKS = 20;
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

    private static Roteiro runner(String url) {
        TestStep step = TestStep.of("textura.romaneios", 5, TestStep.newLog(), c -> {
            StepResult.Builder r = StepResult.builder();
            for (int i = 0; i < TASKS; i++) {
                r.humanTask(new HumanTask("Digitar o romaneio à mão", "NF-" + i, "cliente desconhecido", null));
            }
            return r.build();
        });
        return Roteiro.builder().withModules(TestModule.of(step)).journalUrl(url).journalUser(postgres.user())
                .journalPassword(Secret.of("")).runDate(DAY).progress(ProgressListener.NONE).build();
    }

    @Test
    void ofTwoRunnersClosingTheSameTaskAtOnceOneWinsAndTheOtherIsToldWhoClosedIt() throws Exception {
        String url = postgres.createDatabase("tasks_race");
        try (Roteiro ana = runner(url); Roteiro bruno = runner(url)) {
            ana.run();
            assertThat(bruno.tasks().open()).hasSize(TASKS);

            List<TaskChange[]> races = new ArrayList<>();
            for (int i = 0; i < TASKS; i++) {
                TaskId id = TaskId.of("textura.romaneios", "NF-" + i);
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<TaskChange> a = CompletableFuture.supplyAsync(
                        () -> after(together, () -> ana.tasks().done(id, "ana", "digitei")));
                CompletableFuture<TaskChange> b = CompletableFuture.supplyAsync(
                        () -> after(together, () -> bruno.tasks().discard(id, "bruno", "duplicado")));
                races.add(new TaskChange[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)});
            }

            for (TaskChange[] race : races) {
                assertThat(race).extracting(TaskChange::outcome).containsExactlyInAnyOrder(
                        TaskChange.Outcome.CHANGED, TaskChange.Outcome.ALREADY_CLOSED);
                TaskChange won = race[0].changed() ? race[0] : race[1];
                TaskChange lost = race[0].changed() ? race[1] : race[0];
                assertThat(lost.task().closedBy()).as("the loser is told who closed it").isEqualTo(won.task().closedBy());
                assertThat(lost.task().state()).isEqualTo(won.task().state());
                assertThat(ana.tasks().find(won.task().id()).orElseThrow().history())
                        .as("one closing in the history").filteredOn(e -> e.kind() != TaskEvent.Kind.OPENED).hasSize(1);
            }
            assertThat(ana.tasks().open()).isEmpty();
        }
    }

    private static <T> T after(CyclicBarrier barrier, java.util.function.Supplier<T> work) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }
}
