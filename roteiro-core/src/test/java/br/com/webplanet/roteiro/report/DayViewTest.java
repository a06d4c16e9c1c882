package br.com.webplanet.roteiro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DayViewTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static StepReport step(String id, int order, StepStatus status, String summary, String... actions) {
        return new StepReport(id, id.substring(0, id.indexOf('.')), null, null, order, status, summary,
                Map.of("n", (long) actions.length),
                java.util.Arrays.stream(actions).map(a -> ActionRecord.done("k", a, a, a)).toList(), List.of(), Map.of(),
                null, Duration.ofSeconds(1));
    }

    private static DailyReport run(String id, String start, StepReport... steps) {
        Instant at = Instant.parse(start);
        return new DailyReport(id, DAY, at, at.plusSeconds(30), false, List.of(steps));
    }

    @Test
    void theDayHasEachStepsLatestStateEveryActionOfTheDayAndTheRunsInOrder() {
        DailyReport morning = run("r1", "2026-03-02T11:00:00Z", step("mail.triage", 1, StepStatus.DONE, "manhã", "G3-1"),
                step("textura.romaneios", 5, StepStatus.FAILED, "G3stor fora do ar"));
        DailyReport mail = run("r2", "2026-03-02T14:00:00Z", step("mail.triage", 1, StepStatus.NEEDS_ATTENTION, "tarde",
                "G3-2", "G3-3"));
        DailyReport rerun = run("r3", "2026-03-02T15:00:00Z", step("textura.romaneios", 5, StepStatus.DONE, "digitados"));
        TaskLine task = new TaskLine("t-0123456789", "mail.triage", "Ler", "", "", null,
                br.com.webplanet.roteiro.model.TaskState.OPEN, DAY, Instant.parse("2026-03-02T14:00:00Z"), 0, null,
                null, null, null);

        DailyReport day = DayView.merge(List.of(rerun, morning, mail), List.of(task));

        assertThat(day.runs()).containsExactly("r1", "r2", "r3");
        assertThat(day.runId()).isEqualTo("r3");
        assertThat(day.startedAt()).isEqualTo(morning.startedAt());
        assertThat(day.finishedAt()).isEqualTo(rerun.finishedAt());
        assertThat(day.steps()).extracting(StepReport::stepId, StepReport::status, StepReport::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mail.triage", StepStatus.NEEDS_ATTENTION, "tarde"),
                org.assertj.core.groups.Tuple.tuple("textura.romaneios", StepStatus.DONE, "digitados"));
        assertThat(day.steps().get(0).actions()).extracting(ActionRecord::target).containsExactly("G3-1", "G3-2", "G3-3");
        assertThat(day.tasks()).containsExactly(task);
        assertThat(day.exitCode()).isEqualTo(1);
    }

    @Test
    void runsOfDifferentDatesOrNoRunAtAllAreRefused() {
        DailyReport other = new DailyReport("x", DAY.plusDays(1), Instant.parse("2026-03-03T11:00:00Z"),
                Instant.parse("2026-03-03T11:00:30Z"), false, List.of());
        assertThatThrownBy(() -> DayView.merge(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayView.merge(List.of(run("r1", "2026-03-02T11:00:00Z"), other), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-03");
    }
}
