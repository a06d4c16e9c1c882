package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.MovableClock;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.model.Task;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three business days of the demo routine through the CLI with one movable clock (roteiro, the
 * G3stor simulator and the mail dates): a task raised Monday is listed Tuesday, one business day
 * old; marked done with {@code roteiro tarefas feita} it is gone Wednesday and Wednesday's report
 * shows it closed by whom.
 */
class TarefasCommandTest {
    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private MovableClock clock;
    private Map<String, String> env;
    private String config;

    private CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoteiroCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env, clock);
        return new CliRun(code, out.toString(), err.toString());
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(ZonedDateTime.of(day.atTime(hour, minute), SP).toInstant());
    }

    /** The open tasks a step raised Monday and nobody (no later run) raised again: they wait for a person. */
    private List<Task> waitingSinceMonday() {
        try (JournalStore journal = JournalStore.open(JournalStore.h2FileUrl(dir.resolve("journal").resolve("roteiro")))) {
            return journal.tasks().list(false).stream()
                    .filter(t -> t.lastSeenAt().atZone(SP).toLocalDate().equals(MONDAY)).toList();
        }
    }

    @Test
    void aTaskRaisedMondayIsListedTuesdayAndOnceDoneIsGoneWednesdayAndShownClosedByWhom() {
        clock = new MovableClock(ZonedDateTime.of(MONDAY.atTime(8, 0), SP).toInstant(), SP);
        try (DemoEnvironment demo = DemoEnvironment.start(dir, clock)) {
            env = demo.environment(Map.of("ROTEIRO_LANG", "pt-BR"));
            config = demo.configFile().toString();

            CliRun monday = cli("run", "--config", config);
            assertThat(monday.exitCode()).as(monday.all()).isEqualTo(1);
            CliRun mondayList = cli("tarefas", "--config", config);
            assertThat(mondayList.out()).as(mondayList.all()).contains("Tarefas abertas: ", "  hoje  ");

            at(MONDAY.plusDays(1), 8, 0);
            CliRun tuesdayRun = cli("run", "--config", config);
            assertThat(tuesdayRun.exitCode()).as(tuesdayRun.all()).isIn(0, 1);
            List<Task> waiting = waitingSinceMonday();
            assertThat(waiting).as("tasks raised Monday that no later run raised again").isNotEmpty();
            Task task = waiting.get(0);
            String id = task.id().value();

            CliRun tuesday = cli("tarefas", "--config", config);
            assertThat(tuesday.out()).contains("  " + id + "  1 dia útil  " + task.title(), "aberta em 02/03/2026");
            CliRun assigned = cli("tarefas", "atribuir", id, "carla", "--por", "ana", "--config", config);
            assertThat(assigned.exitCode()).as(assigned.all()).isZero();
            assertThat(assigned.out()).contains("Tarefa " + id + " atribuída a carla (por ana)");
            CliRun noNote = cli("tarefas", "descartar", id, "--config", config);
            assertThat(noNote.exitCode()).isEqualTo(64);
            CliRun dry = cli("tarefas", "feita", id, "--por", "ana", "--dry-run", "--config", config);
            assertThat(dry.out()).contains("SIMULAÇÃO: a tarefa " + id + " não foi alterada.");

            at(MONDAY.plusDays(2), 7, 45);
            CliRun done = cli("tarefas", "feita", id, "--por", "ana", "--nota", "conferido com o cliente",
                    "--config", config);
            assertThat(done.exitCode()).as(done.all()).isZero();
            assertThat(done.out()).contains("Tarefa " + id + " marcada como feita por ana");
            CliRun late = cli("tarefas", "descartar", id, "--por", "bruno", "--nota", "duplicada", "--config", config);
            assertThat(late.exitCode()).isEqualTo(1);
            assertThat(late.out()).contains("A tarefa " + id + " já estava fechada: feita por ana em 04/03/2026 07:45:"
                    + " conferido com o cliente. Nada foi alterado.");
            CliRun unknown = cli("tarefas", "feita", "t-0000000000", "--config", config);
            assertThat(unknown.exitCode()).isEqualTo(64);
            assertThat(unknown.err()).contains("Nenhuma tarefa t-0000000000 no diário");

            at(MONDAY.plusDays(2), 8, 0);
            CliRun wednesdayRun = cli("run", "--config", config);
            assertThat(wednesdayRun.exitCode()).as(wednesdayRun.all()).isIn(0, 1);
            CliRun wednesday = cli("tarefas", "--config", config);
            assertThat(wednesday.out()).doesNotContain(id);
            CliRun all = cli("tarefas", "--todas", "--config", config);
            assertThat(all.out()).contains(id + "  feita  ", "feita por ana em 04/03/2026 07:45: conferido com o cliente");
            CliRun report = cli("report", "--date", "2026-03-04", "--format", "md", "--config", config);
            assertThat(report.out()).as(report.all()).contains("## Tarefas fechadas neste dia")
                    .containsPattern("\\| `" + id + "` \\| [^\\n]* \\| feita \\| ana \\| 04/03/2026 07:45 \\| conferido com o cliente \\|");
            assertThat(report.out().substring(0, report.out().indexOf("## Tarefas fechadas neste dia")))
                    .doesNotContain(id);
        }
    }
}
