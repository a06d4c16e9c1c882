package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.MarkdownReportRenderer;
import br.com.webplanet.roteiro.report.TaskLine;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks over three business days with one movable clock: a romaneio-like step raises a task per
 * pending document it looks at and says which documents it re-examined.
 */
class TaskLifeTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    /** Documents the step finds pending, and why; a document removed here has been keyed (cause gone). */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean failAfterLooking;

    private TestStep romaneios() {
        return TestStep.of("textura.romaneios", 5, TestStep.newLog(), c -> {
            StepResult.Builder r = StepResult.builder();
            for (String doc : Set.of("NF-4521", "NF-4522", "NF-4523")) {
                r.reexamined(doc);
                if (pending.contains(doc)) {
                    r.humanTask(new HumanTask("Digitar o romaneio à mão", doc, "cliente desconhecido", null));
                }
            }
            if (failAfterLooking) {
                throw new IllegalStateException("G3stor fora do ar");
            }
            return r.build();
        });
    }

    private Roteiro routine(MovableClock clock, String journal, boolean dryRun, TestStep... steps) {
        return Roteiro.builder().withModules(TestModule.of(steps)).journalUrl(journal).clock(clock).dryRun(dryRun)
                .progress(ProgressListener.NONE).build();
    }

    private static void at(MovableClock clock, LocalDate day, int hour) {
        clock.set(ZonedDateTime.of(day.atTime(hour, 0), SP).toInstant());
    }

    @Test
    void aTaskLivesAcrossDaysUntilAPersonClosesItOrItsCauseGoesAway() {
        String journal = JournalStore.h2FileUrl(dir.resolve("journal"));
        MovableClock clock = new MovableClock(ZonedDateTime.of(MONDAY.atTime(8, 0), SP).toInstant(), SP);
        TestStep step = romaneios();
        TestStep other = TestStep.done("mail.triage", 1, TestStep.newLog());
        pending.addAll(Set.of("NF-4521", "NF-4522", "NF-4523"));
        TaskId byHand = TaskId.of("textura.romaneios", "NF-4521");
        TaskId keyed = TaskId.of("textura.romaneios", "NF-4522");

        // Monday: three tasks raised
        try (Roteiro monday = routine(clock, journal, false, other, step)) {
            DailyReport report = monday.run();
            assertThat(report.openTasks()).extracting(TaskLine::ageBusinessDays).containsOnly(0);
            assertThat(monday.tasks().open()).hasSize(3);
        }

        // Tuesday: still listed (nobody did them), one business day old
        at(clock, MONDAY.plusDays(1), 8);
        try (Roteiro tuesday = routine(clock, journal, false, other, step)) {
            DailyReport report = tuesday.run();
            assertThat(report.openTasks()).hasSize(3).allSatisfy(t -> {
                assertThat(t.ageBusinessDays()).isEqualTo(1);
                assertThat(t.openedOn()).isEqualTo(MONDAY);
            });
            assertThat(new MarkdownReportRenderer(SP).render(report)).contains("| 1 dia útil |");

            // a run of another step only, a failed run and a dry-run close nothing
            pending.remove("NF-4523");
            tuesday.runSteps(Set.of("mail.triage"));
            failAfterLooking = true;
            assertThat(tuesday.runSteps(Set.of("textura.romaneios")).steps().get(0).status())
                    .isEqualTo(StepStatus.FAILED);
            failAfterLooking = false;
            assertThat(tuesday.tasks().open()).hasSize(3);

            // a person marks one done at 10:00
            at(clock, MONDAY.plusDays(1), 10);
            TaskChange done = tuesday.tasks().done(byHand, "ana", "cadastrei o cliente e digitei");
            assertThat(done.outcome()).isEqualTo(TaskChange.Outcome.CHANGED);
            pending.remove("NF-4521");   // ... and really did it
        }
        try (Roteiro dry = routine(clock, journal, true, other, step)) {
            dry.run();
            assertThat(dry.tasks().done(keyed, "ana", "").outcome()).isEqualTo(TaskChange.Outcome.DRY_RUN);
            assertThat(dry.tasks().find(keyed).orElseThrow().state()).isEqualTo(TaskState.OPEN);
            assertThat(dry.tasks().find(TaskId.of("textura.romaneios", "NF-4523")).orElseThrow().state())
                    .isEqualTo(TaskState.OPEN);
        }

        // Wednesday: NF-4522 got keyed overnight (its cause is gone) — the step sees it and the task closes itself
        pending.remove("NF-4522");
        at(clock, MONDAY.plusDays(2), 8);
        try (Roteiro wednesday = routine(clock, journal, false, other, step)) {
            DailyReport run = wednesday.run();
            assertThat(run.openTasks()).isEmpty();

            DailyReport day = wednesday.history().day(MONDAY.plusDays(2)).orElseThrow();
            assertThat(day.openTasks()).isEmpty();
            assertThat(day.closedTasks()).extracting(TaskLine::id).containsExactlyInAnyOrder(keyed.value(),
                    TaskId.of("textura.romaneios", "NF-4523").value());
            assertThat(day.closedTasks()).allSatisfy(t -> {
                assertThat(t.closedBy()).isEqualTo(Task.ROTEIRO);
                assertThat(t.closeNote()).startsWith("resolvida pelo roteiro: o passo Passo textura.romaneios"
                        + " verificou de novo em 2026-03-04");
            });
            DailyReport tuesdayView = wednesday.history().day(MONDAY.plusDays(1)).orElseThrow();
            assertThat(tuesdayView.closedTasks()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(byHand.value());
                assertThat(t.closedBy()).isEqualTo("ana");
                assertThat(t.closeNote()).isEqualTo("cadastrei o cliente e digitei");
            });
            assertThat(tuesdayView.runs()).hasSize(3);   // the routine, the mail-only run, the failed re-run

            assertThat(wednesday.tasks().find(byHand).orElseThrow().history()).hasSize(2);
            assertThatThrownBy(() -> wednesday.tasks().discard(byHand, "ana", " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
            assertThat(wednesday.tasks().discard(byHand, "bruno", "engano").task().closedBy()).isEqualTo("ana");
        }
    }
}
