package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.config.RoteiroConfiguration;
import br.com.webplanet.roteiro.engine.ModuleStatus;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code roteiro config}: configuration commands. */
@Command(name = "config", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = ConfigCommand.Check.class)
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), CliText.get("error.noCommand"));
    }

    /**
     * {@code roteiro config check}: validates the file against every module on the class path
     * and prints the effective configuration (defaults filled in, secrets {@code [REDACTED]});
     * with mistakes, lists them all and exits 64.
     */
    @Command(name = "check", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    public static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Override
        public Integer call() {
            Path file = config.resolve(Launch.env(spec))
                    .orElseThrow(() -> new RoteiroCli.CliUsageException(CliText.get("config.none")));
            PrintWriter out = spec.commandLine().getOut();
            try (Roteiro roteiro = Launch.inspecting(java.util.Optional.of(file), Launch.env(spec)).build()) {
                out.println(CliText.get("config.valid", file));
                java.util.List<String> on = roteiro.modules().stream().filter(ModuleStatus::active)
                        .map(ModuleStatus::name).filter(n -> !"launcher".equals(n)).toList();
                java.util.List<String> off = roteiro.modules().stream().filter(m -> !m.active())
                        .map(ModuleStatus::name).toList();
                out.println(CliText.get("config.modules", on.isEmpty() ? "-" : String.join(", ", on)));
                if (!off.isEmpty()) {
                    out.println(CliText.get("config.modulesInactive", String.join(", ", off)));
                }
                roteiro.lookup(RoteiroConfiguration.class).ifPresent(c -> out.print(c.render()));
                out.flush();
            }
            return ExitCode.OK;
        }
    }
}
