package br.com.webplanet.roteiro.examples.simulate;

import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.cli.CliText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code roteiro simulate --days 20 --seed 7}: a seeded month of the routine against embedded servers,
 * a table per day and the invariants' result. Exits 0 when every invariant held, 1 when one was broken.
 */
@Command(name = "simulate", resourceBundle = SimText.BUNDLE, mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true)
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "20", descriptionKey = "days")
    int days;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", descriptionKey = "seed")
    long seed;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", descriptionKey = "start")
    LocalDate start;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "12", descriptionKey = "customers")
    int customers;

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(names = "--set", paramLabel = "CHAVE=VALOR", descriptionKey = "set")
    Map<String, String> set = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = CliText.locale();
        Path where = dir != null ? dir : temporaryDir();
        SimulationOptions options = new SimulationOptions(days, seed,
                start != null ? start : SimulationOptions.DEFAULT_START, customers, where, Map.copyOf(set));
        out.println(SimText.get(locale, "starting", days, seed, where.toAbsolutePath()));
        out.flush();
        SimulationResult result = Simulation.run(options, day -> { });
        Table.print(out, result, locale);
        return result.invariantsHold() ? ExitCode.OK : ExitCode.ATTENTION;
    }

    private static Path temporaryDir() {
        try {
            return Files.createTempDirectory("roteiro-simulacao-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the simulation directory", e);
        }
    }
}
