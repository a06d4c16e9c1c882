package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roteiro steps}: the discovered steps in run order, with their module and title. */
@Command(name = "steps", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class StepsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Roteiro roteiro = Launch.inspecting(config.resolve(Launch.env(spec)), Launch.env(spec)).build()) {
            List<StepDescriptor> steps = roteiro.steps();
            int width = steps.stream().mapToInt(s -> s.id().length()).max().orElse(10);
            int n = 0;
            for (StepDescriptor s : steps) {
                n++;
                String after = s.dependsOn().isEmpty() ? ""
                        : "  (" + CliText.get("steps.after", String.join(", ", new TreeSet<>(s.dependsOn()))) + ")";
                out.printf("%2d. %-" + width + "s  %-10s %s%s%n", n, s.id(), "[" + s.module() + "]",
                        s.title().in(CliText.locale()), after);
            }
            out.println(CliText.get("steps.count", steps.size()));
            out.flush();
        }
        return ExitCode.OK;
    }
}
