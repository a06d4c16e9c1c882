package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.StepListing;
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

/**
 * {@code roteiro steps}: every installed step in run order, with its module, whether it runs (its
 * module is configured) and title. Works with no configuration file at all.
 */
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
            List<StepListing> steps = roteiro.listing();
            int width = steps.stream().mapToInt(s -> s.descriptor().id().length()).max().orElse(10);
            String active = CliText.get("steps.active");
            String inactive = CliText.get("steps.inactive");
            int stateWidth = Math.max(active.length(), inactive.length());
            int n = 0;
            for (StepListing listing : steps) {
                StepDescriptor s = listing.descriptor();
                n++;
                List<String> after = new java.util.ArrayList<>();
                if (!s.dependsOn().isEmpty()) {
                    after.add(CliText.get("steps.after", String.join(", ", new TreeSet<>(s.dependsOn()))));
                }
                if (!s.optionalDependsOn().isEmpty()) {
                    after.add(CliText.get("steps.afterOptional", String.join(", ", new TreeSet<>(s.optionalDependsOn()))));
                }
                out.printf("%2d. %-" + width + "s  %-10s %-" + stateWidth + "s  %s%s%n", n, s.id(),
                        "[" + listing.module() + "]", listing.active() ? active : inactive, s.title().in(CliText.locale()),
                        after.isEmpty() ? "" : "  (" + String.join("; ", after) + ")");
            }
            long on = steps.stream().filter(StepListing::active).count();
            out.println(on == steps.size() ? CliText.get("steps.count", steps.size())
                    : CliText.get("steps.countInactive", steps.size(), on));
            out.flush();
        }
        return ExitCode.OK;
    }
}
