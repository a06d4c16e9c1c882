package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTaskStore;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Discarding a task about a hand-off record makes the journal forget it; marking it done or a dry-run does not. */
class TasksHandoffTest {
    private static final String INBOX = "textura.romaneio-inbox";
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final InMemoryJournal journal = new InMemoryJournal();

    private Tasks tasks(boolean dryRun) {
        return new Tasks(store, clock, dryRun, BusinessCalendar.builder(ZoneOffset.UTC).build(), journal);
    }

    private Task raise(String doc) {
        journal.record(INBOX, doc, "content of " + doc);
        return store.raise("textura.romaneios", List.of(HumanTask.about("mail:" + doc, "Conferir o anexo", doc,
                "grande demais", null).withHandoff(INBOX, doc)), LocalDate.now(clock), clock.instant()).get(0);
    }

    @Test
    void discardForgetsTheRecordAndOnlyThatOne() {
        Task bomb = raise("doc-1");
        raise("doc-2");

        TaskChange change = tasks(false).discard(bomb.id(), "ana", "anexo malicioso");

        assertThat(change.changed()).isTrue();
        assertThat(journal.records(INBOX, String.class)).containsOnlyKeys("doc-2");
    }

    @Test
    void doneAndDryRunKeepTheRecord() {
        Task one = raise("doc-1");
        Task two = raise("doc-2");

        assertThat(tasks(true).discard(one.id(), "ana", "lixo").outcome()).isEqualTo(TaskChange.Outcome.DRY_RUN);
        assertThat(tasks(false).done(two.id(), "ana", "lancei à mão").changed()).isTrue();
        assertThat(tasks(false).discard(two.id(), "bia", "lixo").outcome())
                .isEqualTo(TaskChange.Outcome.ALREADY_CLOSED);

        assertThat(journal.records(INBOX, String.class)).containsOnlyKeys("doc-1", "doc-2");
    }
}
