package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.HandoffRef;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskStore} does: the journal's and the in-memory one pass the same tests. */
public abstract class TaskStoreContract {
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE = LocalDate.of(2026, 3, 3);
    private static final Instant MON_9 = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant TUE_9 = Instant.parse("2026-03-03T12:00:00Z");
    private static final URI WIKI = URI.create("https://wiki.example.com/romaneio");

    protected TaskStore store;

    /** A new, empty store. */
    protected abstract TaskStore newStore();

    @BeforeEach
    void fresh() {
        store = newStore();
    }

    private static HumanTask romaneio(String number, String reason) {
        return new HumanTask("Digitar o romaneio à mão", number, reason, WIKI);
    }

    @Test
    void theSameCauseRaisedOnAnotherDayIsTheSameTaskWithItsFirstDateKept() {
        Task first = store.raise("textura.romaneios", List.of(romaneio("4521", "cliente desconhecido")), MON, MON_9).get(0);
        Task again = store.raise("textura.romaneios", List.of(romaneio("4521", "cliente ainda desconhecido")), TUE,
                TUE_9).get(0);

        assertThat(again.id()).isEqualTo(first.id()).isEqualTo(TaskId.of("textura.romaneios", "4521"));
        assertThat(again.openedOn()).isEqualTo(MON);
        assertThat(again.openedAt()).isEqualTo(MON_9);
        assertThat(again.lastSeenAt()).isEqualTo(TUE_9);
        assertThat(again.reason()).isEqualTo("cliente ainda desconhecido");
        assertThat(store.list(false)).extracting(Task::id).containsExactly(first.id());
    }

    @Test
    void aTaskKeepsTheHandoffRecordItIsAboutThroughRaisesAndClosing() {
        HumanTask attachment = HumanTask.about("mail:doc-7", "Conferir o anexo", "romaneio.xlsx", "grande demais", WIKI)
                .withHandoff("textura.romaneio-inbox", "doc-7");
        Task first = store.raise("textura.romaneios", List.of(attachment), MON, MON_9).get(0);
        assertThat(first.handoff()).isEqualTo(new HandoffRef("textura.romaneio-inbox", "doc-7"));

        Task again = store.raise("textura.romaneios", List.of(HumanTask.about("mail:doc-7", "Conferir o anexo",
                "romaneio.xlsx", "ainda grande demais", WIKI)), TUE, TUE_9).get(0);
        assertThat(again.handoff()).as("a raise without the reference keeps it").isEqualTo(first.handoff());

        TaskChange discarded = store.close(first.id(), TaskState.DISCARDED, "ana", "lixo", TUE, TUE_9);
        assertThat(discarded.task().handoff()).isEqualTo(first.handoff());
        assertThat(store.find(first.id()).orElseThrow().handoff()).isEqualTo(first.handoff());
        assertThat(store.raise("s", List.of(romaneio("1", "")), MON, MON_9).get(0).handoff()).isNull();
    }

    @Test
    void openTasksAreListedOldestFirstAndClosedOnesOnlyWithAll() {
        store.raise("s", List.of(romaneio("2", "")), TUE, TUE_9);
        store.raise("s", List.of(romaneio("1", "")), MON, MON_9);
        store.raise("s", List.of(romaneio("3", "")), TUE, TUE_9.plusSeconds(60));
        store.close(TaskId.of("s", "3"), TaskState.DONE, "ana", "", TUE, TUE_9.plusSeconds(120));

        assertThat(store.list(false)).extracting(Task::subject).containsExactly("1", "2");
        assertThat(store.list(true)).extracting(Task::subject).containsExactly("1", "2", "3");
        assertThat(store.closedOn(TUE)).extracting(Task::subject).containsExactly("3");
        assertThat(store.closedOn(MON)).isEmpty();
    }

    @Test
    void closingIsOnceTheSecondCloserIsToldWhoClosedIt() {
        TaskId id = store.raise("s", List.of(romaneio("1", "")), MON, MON_9).get(0).id();

        TaskChange first = store.close(id, TaskState.DONE, "ana", "cadastrei o cliente", TUE, TUE_9);
        TaskChange second = store.close(id, TaskState.DISCARDED, "bruno", "não precisa", TUE, TUE_9.plusSeconds(5));

        assertThat(first.outcome()).isEqualTo(TaskChange.Outcome.CHANGED);
        assertThat(first.task().state()).isEqualTo(TaskState.DONE);
        assertThat(second.outcome()).isEqualTo(TaskChange.Outcome.ALREADY_CLOSED);
        assertThat(second.task().closedBy()).isEqualTo("ana");
        assertThat(second.task().closedAt()).isEqualTo(TUE_9);
        assertThat(second.task().closeNote()).isEqualTo("cadastrei o cliente");
        assertThat(store.close(new TaskId("t-0000000000"), TaskState.DONE, "ana", "", TUE, TUE_9).outcome())
                .isEqualTo(TaskChange.Outcome.NOT_FOUND);
        assertThatThrownBy(() -> store.close(id, TaskState.OPEN, "ana", "", TUE, TUE_9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDoneTaskRaisedAgainReopensADiscardedOneStaysDiscarded() {
        TaskId done = store.raise("s", List.of(romaneio("1", "")), MON, MON_9).get(0).id();
        TaskId discarded = store.raise("s", List.of(romaneio("2", "")), MON, MON_9).get(0).id();
        store.close(done, TaskState.DONE, "ana", "", MON, MON_9.plusSeconds(60));
        store.close(discarded, TaskState.DISCARDED, "ana", "duplicado", MON, MON_9.plusSeconds(60));

        store.raise("s", List.of(romaneio("1", "ainda sem cliente"), romaneio("2", "")), TUE, TUE_9);

        assertThat(store.find(done).orElseThrow()).satisfies(t -> {
            assertThat(t.state()).isEqualTo(TaskState.OPEN);
            assertThat(t.closedBy()).isNull();
            assertThat(t.openedOn()).isEqualTo(MON);
            assertThat(t.history()).extracting(TaskEvent::kind)
                    .containsExactly(TaskEvent.Kind.OPENED, TaskEvent.Kind.DONE, TaskEvent.Kind.REOPENED);
        });
        assertThat(store.find(discarded).orElseThrow().state()).isEqualTo(TaskState.DISCARDED);
    }

    @Test
    void resolveClosesOnlyReexaminedSubjectsThatWereNotRaisedAgain() {
        store.raise("s", List.of(romaneio("1", ""), romaneio("2", ""), romaneio("3", "")), MON, MON_9);
        store.raise("other", List.of(romaneio("1", "")), MON, MON_9);

        List<Task> closed = store.resolve("s", new StepResult.Reexamined(false, Set.of("1", "2")),
                Set.of(TaskId.of("s", "2")), TUE, TUE_9, "digitado");

        assertThat(closed).extracting(Task::subject).containsExactly("1");
        assertThat(store.find(TaskId.of("s", "1")).orElseThrow()).satisfies(t -> {
            assertThat(t.state()).isEqualTo(TaskState.DONE);
            assertThat(t.closedBy()).isEqualTo(Task.ROTEIRO);
            assertThat(t.closeNote()).isEqualTo("digitado");
            assertThat(t.closedOn()).isEqualTo(TUE);
            assertThat(t.history()).extracting(TaskEvent::kind).containsExactly(TaskEvent.Kind.OPENED,
                    TaskEvent.Kind.RESOLVED);
        });
        assertThat(store.list(false)).extracting(t -> t.stepId() + ":" + t.subject())
                .containsExactlyInAnyOrder("s:2", "s:3", "other:1");
        assertThat(store.resolve("s", StepResult.Reexamined.NONE, Set.of(), TUE, TUE_9, "x")).isEmpty();
        assertThat(store.resolve("s", StepResult.Reexamined.ALL, Set.of(), TUE, TUE_9, "x"))
                .extracting(Task::subject).containsExactlyInAnyOrder("2", "3");
        assertThat(store.list(false)).extracting(Task::stepId).containsExactly("other");
    }

    @Test
    void assigningIsKeptInTheHistoryAndAClosedTaskCannotBeAssigned() {
        TaskId id = store.raise("s", List.of(romaneio("1", "")), MON, MON_9).get(0).id();

        TaskChange assigned = store.assign(id, "carla", "ana", TUE_9);
        store.close(id, TaskState.DONE, "carla", "ok", TUE, TUE_9.plusSeconds(60));

        assertThat(assigned.changed()).isTrue();
        assertThat(assigned.task().assignee()).isEqualTo("carla");
        assertThat(store.assign(id, "bruno", "bruno", TUE_9).outcome()).isEqualTo(TaskChange.Outcome.ALREADY_CLOSED);
        assertThat(store.find(id).orElseThrow().history()).extracting(TaskEvent::kind, TaskEvent::actor,
                TaskEvent::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TaskEvent.Kind.OPENED, Task.ROTEIRO, ""),
                org.assertj.core.groups.Tuple.tuple(TaskEvent.Kind.ASSIGNED, "ana", "carla"),
                org.assertj.core.groups.Tuple.tuple(TaskEvent.Kind.DONE, "carla", "ok"));
    }

    @Test
    void twoTasksAboutOneTargetKeepApartWithTheirOwnSubjects() {
        List<Task> raised = store.raise("textura.architects", List.of(
                HumanTask.about("cau:A1:rejected", "CAU rejeitado", "Ana (A1)", "", null),
                HumanTask.about("cau:A1:missing", "Arquiteto sumiu da planilha", "Ana (A1)", "", null)), MON, MON_9);

        assertThat(raised).extracting(Task::id).doesNotHaveDuplicates();
        assertThat(store.list(false)).hasSize(2);
    }
}
