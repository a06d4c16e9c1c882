package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roteiro demo}: the whole routine against embedded servers, in seconds, with no network
 * and no set-up. Exits 0 when every step ran (human tasks are part of the demo's story), 2 when
 * one failed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(names = "--serve", descriptionKey = "serve")
    boolean serve;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "port")
    Integer port;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path where = dir != null ? dir : temporaryDir();
        out.println(CliText.get("demo.starting", where.toAbsolutePath()));
        out.flush();
        try (DemoEnvironment env = DemoEnvironment.start(where, Clock.systemDefaultZone())) {
            out.println(CliText.get("demo.ready", env.imapAddress(), env.smtpAddress(), env.g3stor().baseUrl(),
                    env.configFile().toAbsolutePath()));
            int ticketsBefore = env.g3stor().tickets().size();
            RoutineRun.Outcome outcome;
            Roteiro roteiro = Launch.builder(Optional.of(env.configFile()), env.environment(Launch.env(spec)))
                    .only(Set.copyOf(DemoEnvironment.ROUTINE)).build();
            try {
                outcome = RoutineRun.all(roteiro, out);
                if (serve) {
                    summary(out, env, ticketsBefore, started, outcome);
                    new DemoServer(roteiro, env, port == null ? 8080 : port, out).serveUntilStopped();
                    return ExitCode.OK;
                }
            } finally {
                roteiro.close();
            }
            summary(out, env, ticketsBefore, started, outcome);
            return outcome.report().count(StepStatus.FAILED) > 0 ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    private static void summary(PrintWriter out, DemoEnvironment env, int ticketsBefore, long started,
                                RoutineRun.Outcome outcome) {
        out.println(CliText.get("demo.ticketsOpened", env.g3stor().tickets().size(), ticketsBefore,
                env.mail().getReceivedMessages().length - env.seededMessages()));
        out.println(CliText.get("demo.done", String.format("%.1f", (System.nanoTime() - started) / 1e9),
                outcome.html().toAbsolutePath().normalize()));
        out.flush();
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("roteiro-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo directory", e);
        }
    }
}
