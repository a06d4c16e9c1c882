package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Tasks;
import br.com.webplanet.roteiro.memory.InMemoryTaskStore;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.HumanTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page's task changes over the routine's task store, in pt-BR and English. */
class RoteiroTaskSourceTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final Locale PT = Locale.forLanguageTag("pt-BR");
    /** Thursday 3 Dec 2026, 10:00 in São Paulo. */
    private static final Clock THURSDAY = Clock.fixed(Instant.parse("2026-12-03T13:00:00Z"), SP);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final InMemoryTaskStore store = new InMemoryTaskStore();
    private final Tasks tasks = new Tasks(store, THURSDAY, false, BusinessCalendar.builder(SP).build());
    private final RoteiroTaskSource source = new RoteiroTaskSource(tasks, SP);

    @Test
    void openTasksShowTheirAgeInBusinessDaysAndAssignee() {
        String id = raiseOnMonday("romaneio 7");
        tasks.assign(TaskId.parse(id), "bia", "ana");

        List<TaskItem> open = source.open(Day.empty(LocalDate.now(THURSDAY)));
        assertThat(open).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.ageBusinessDays()).isEqualTo(3);
            assertThat(t.assignee()).isEqualTo("bia");
        });
        assertThat(HojeView.age(3, WebText.labels(PT))).isEqualTo("3 dias úteis");
        assertThat(source.open(Day.empty(MONDAY.plusDays(1)))).singleElement().extracting(TaskItem::ageBusinessDays)
                .isEqualTo(1);
        assertThat(HojeView.age(1, WebText.labels(Locale.ENGLISH))).isEqualTo("1 business day");
        assertThat(source.open(Day.empty(MONDAY.minusDays(1)))).as("not yet opened that day").isEmpty();
    }

    @Test
    void aTaskClosedAlreadySaysByWhomAndWhenInEitherLanguage() {
        String id = raiseOnMonday("romaneio 8");
        assertThat(source.change(id, "feita", "", "ana", PT).changed()).isTrue();

        TaskSource.Outcome pt = source.change(id, "feita", "eu também", "bia", PT);
        assertThat(pt.status()).isEqualTo(409);
        assertThat(pt.message()).isEqualTo("A tarefa " + id + " já tinha sido fechada (feita) por ana em 03/12/2026 10:00."
                + " Nada foi alterado.");
        TaskSource.Outcome en = source.change(id, "descartar", "duplicate", "bia", Locale.ENGLISH);
        assertThat(en.message()).isEqualTo("Task " + id + " had already been closed (done) by ana on 03/12/2026 10:00."
                + " Nothing was changed.");
        assertThat(tasks.find(TaskId.parse(id)).orElseThrow().closedBy()).isEqualTo("ana");
    }

    @Test
    void discardNeedsANoteAndUnknownTasksOrActionsAreNotFound() {
        String id = raiseOnMonday("romaneio 9");
        TaskSource.Outcome noNote = source.change(id, "descartar", "  ", "ana", PT);
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.message()).contains("escreva na nota");
        assertThat(tasks.find(TaskId.parse(id)).orElseThrow().open()).isTrue();

        assertThat(source.change("t-0000000000", "feita", null, "ana", PT).status()).isEqualTo(404);
        assertThat(source.change(id, "apagar", null, "ana", PT).status()).isEqualTo(404);
        assertThat(source.change("../x", "feita", null, "ana", PT).status()).isEqualTo(404);

        assertThat(source.change(id, "descartar", "cliente já cadastrado", "ana", PT).changed()).isTrue();
        assertThat(tasks.find(TaskId.parse(id)).orElseThrow().state()).isEqualTo(TaskState.DISCARDED);
        assertThat(source.find(id)).get().extracting(t -> t.history().size()).isEqualTo(2);
    }

    @Test
    void inADryRunNothingChangesAndThePageSaysSo() {
        String id = raiseOnMonday("romaneio 10");
        RoteiroTaskSource dry = new RoteiroTaskSource(new Tasks(store, THURSDAY, true,
                BusinessCalendar.builder(SP).build()), SP);
        TaskSource.Outcome outcome = dry.change(id, "feita", null, "ana", PT);
        assertThat(outcome.status()).isEqualTo(409);
        assertThat(outcome.message()).contains("dry-run");
        assertThat(tasks.find(TaskId.parse(id)).orElseThrow().open()).isTrue();
    }

    private String raiseOnMonday(String subject) {
        return store.raise("textura.romaneios", List.of(HumanTask.about(subject, "Cadastrar o cliente", subject,
                "cliente desconhecido", null)), MONDAY, MONDAY.atTime(9, 0).atZone(SP).toInstant()).get(0).id().value();
    }
}
