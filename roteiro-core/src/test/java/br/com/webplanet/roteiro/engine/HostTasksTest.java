package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.InMemoryTaskStore;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Tasks a host application raises itself, outside a step (e.g. watch's canary): {@link Tasks#raise}, {@link Tasks#resolve}. */
class HostTasksTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-12-01T13:00:00Z"), SP);
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final BusinessCalendar calendar = BusinessCalendar.builder(SP).build();

    @Test
    void raisedTwiceIsOneTaskAndItClosesItselfWhenTheCauseIsGone() {
        Tasks tasks = new Tasks(store, TUESDAY, false, calendar);
        HumanTask missing = HumanTask.about("canary-missing", "Verificar a caixa", "suporte@x", "não chegou", null);

        Task first = tasks.raise("watch.canary", missing).orElseThrow();
        Task again = tasks.raise("watch.canary", missing).orElseThrow();
        assertThat(again.id()).isEqualTo(first.id()).isEqualTo(TaskId.of("watch.canary", "canary-missing"));
        assertThat(tasks.open()).hasSize(1);

        assertThat(tasks.resolve("watch.canary", "other-subject", "x")).isEmpty();
        Task closed = tasks.resolve("watch.canary", "canary-missing", "chegou").orElseThrow();
        assertThat(closed.state()).isEqualTo(TaskState.DONE);
        assertThat(closed.closedBy()).isEqualTo(Task.ROTEIRO);
        assertThat(tasks.find(first.id()).orElseThrow().history()).extracting(TaskEvent::kind).last()
                .isEqualTo(TaskEvent.Kind.RESOLVED);
        assertThat(tasks.resolve("watch.canary", "canary-missing", "chegou")).as("nothing open any more").isEmpty();
    }

    @Test
    void inADryRunNothingIsKept() {
        Tasks dry = new Tasks(store, TUESDAY, true, calendar);
        assertThat(dry.raise("watch.canary", new HumanTask("Verificar a caixa", "", "", null))).isEmpty();
        assertThat(store.list(true)).isEmpty();
    }
}
