package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.Tasks;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskChange;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.report.ReportFormat;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code roteiro tarefas}: the tasks for people kept in the journal — list the open ones (or all
 * with {@code --todas}), mark one done, discard one with a note, assign one. Exit codes: 0 done,
 * 1 the task was closed already (the answer says by whom), 64 no such task or a usage mistake.
 */
@Command(name = "tarefas", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {TarefasCommand.Feita.class, TarefasCommand.Descartar.class, TarefasCommand.Atribuir.class})
public final class TarefasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--todas", descriptionKey = "all")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Roteiro roteiro = Launch.builder(spec, config).build()) {
            ReportFormat format = format(roteiro);
            Tasks tasks = roteiro.tasks();
            List<Task> list = all ? tasks.all() : tasks.open();
            long open = list.stream().filter(Task::open).count();
            out.println(open == 0 && !all ? CliText.get("tasks.none") : CliText.get("tasks.header", open));
            for (Task t : list) {
                out.println(line(t, tasks, format));
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private static String line(Task t, Tasks tasks, ReportFormat f) {
        StringBuilder s = new StringBuilder("  ").append(t.id()).append("  ");
        if (t.open()) {
            s.append(f.businessDays(tasks.ageInBusinessDays(t))).append("  ");
        } else {
            s.append(t.state().label().in(f.locale())).append("  ");
        }
        s.append(t.title());
        if (!t.target().isBlank()) {
            s.append(" — ").append(t.target());
        }
        if (!t.reason().isBlank()) {
            s.append(": ").append(t.reason());
        }
        s.append("  [").append(t.stepId()).append("] · ").append(CliText.get("tasks.opened", f.date(t.openedOn())));
        if (t.assignee() != null) {
            s.append(" · ").append(CliText.get("tasks.assignee", t.assignee()));
        }
        if (!t.open()) {
            s.append(" · ").append(closed(t, f));
        }
        return s.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static String closed(Task t, ReportFormat f) {
        return CliText.get("tasks.closed", t.state().label().in(f.locale()), t.closedBy(),
                t.closedAt() == null ? "—" : f.dateTime(t.closedAt()), t.closeNote().isBlank() ? "—" : t.closeNote());
    }

    static ReportFormat format(Roteiro roteiro) {
        return new ReportFormat(CliText.locale(), RoutineRun.reportConfig(roteiro).zone());
    }

    /** Options every change shares. */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        TarefasCommand parent;

        @Mixin
        ConfigOption config;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
        String id;

        @Option(names = "--por", paramLabel = "PESSOA", descriptionKey = "by")
        String by;

        @Option(names = "--dry-run", descriptionKey = "dry-run")
        boolean dryRun;

        abstract TaskChange change(Tasks tasks, TaskId task, String who);

        abstract String doneKey();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String who = by != null && !by.isBlank() ? by.strip() : System.getProperty("user.name", "?");
            try (Roteiro roteiro = Launch.builder(spec, config.file != null ? config : parent.config).dryRun(dryRun)
                    .build()) {
                ReportFormat format = format(roteiro);
                TaskId task = TaskId.parse(id);
                TaskChange change;
                try {
                    change = change(roteiro.tasks(), task, who);
                } catch (IllegalArgumentException e) {
                    throw new RoteiroCli.CliUsageException(CliText.get("tasks.noteRequired"));
                }
                return switch (change.outcome()) {
                    case CHANGED -> print(out, CliText.get(doneKey(), task, who,
                            change.task().title(), String.valueOf(change.task().assignee())), ExitCode.OK);
                    case DRY_RUN -> print(out, CliText.get("tasks.dryRun", task), ExitCode.OK);
                    case ALREADY_CLOSED -> print(out, CliText.get("tasks.alreadyClosed", task,
                            closed(change.task(), format)), ExitCode.ATTENTION);
                    case NOT_FOUND -> throw new RoteiroCli.CliUsageException(CliText.get("tasks.notFound", task));
                };
            }
        }

        private static int print(PrintWriter out, String text, int code) {
            out.println(text);
            out.flush();
            return code;
        }
    }

    /** {@code roteiro tarefas feita ID [--nota …]}. */
    @Command(name = "feita", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Feita extends Change {
        @Option(names = "--nota", paramLabel = "TEXTO", descriptionKey = "note")
        String note;

        @Override
        TaskChange change(Tasks tasks, TaskId task, String who) {
            return tasks.done(task, who, note);
        }

        @Override
        String doneKey() {
            return "tasks.done";
        }
    }

    /** {@code roteiro tarefas descartar ID --nota …}. */
    @Command(name = "descartar", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Descartar extends Change {
        @Option(names = "--nota", paramLabel = "TEXTO", required = true, descriptionKey = "note-required")
        String note;

        @Override
        TaskChange change(Tasks tasks, TaskId task, String who) {
            return tasks.discard(task, who, note);
        }

        @Override
        String doneKey() {
            return "tasks.discarded";
        }
    }

    /** {@code roteiro tarefas atribuir ID PESSOA}. */
    @Command(name = "atribuir", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    static final class Atribuir extends Change {
        @Parameters(index = "1", paramLabel = "PESSOA", descriptionKey = "person")
        String person;

        @Override
        TaskChange change(Tasks tasks, TaskId task, String who) {
            return tasks.assign(task, person, who);
        }

        @Override
        String doneKey() {
            return "tasks.assigned";
        }
    }
}
