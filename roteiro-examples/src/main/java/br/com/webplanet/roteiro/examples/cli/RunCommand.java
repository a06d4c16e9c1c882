package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.RoteiroBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roteiro run}: the day's routine. */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    @Option(names = "--only", paramLabel = "ID", split = ",", descriptionKey = "only")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "ID", split = ",", descriptionKey = "skip")
    List<String> skip = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "date")
    LocalDate date;

    @Override
    public Integer call() {
        RoteiroBuilder builder = Launch.builder(spec, config).dryRun(dryRun);
        if (!only.isEmpty()) {
            builder.only(Set.copyOf(only));
        }
        if (!skip.isEmpty()) {
            builder.skip(Set.copyOf(skip));
        }
        if (date != null) {
            builder.runDate(date);
        }
        try (Roteiro roteiro = builder.build()) {
            return RoutineRun.all(roteiro, spec.commandLine().getOut()).exitCode();
        }
    }
}
