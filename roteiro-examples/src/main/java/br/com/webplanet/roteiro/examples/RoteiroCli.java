package br.com.webplanet.roteiro.examples;

import br.com.webplanet.roteiro.config.ConfigurationException;
import br.com.webplanet.roteiro.config.Redactor;
import br.com.webplanet.roteiro.engine.RoteiroStartException;
import br.com.webplanet.roteiro.examples.cli.CliText;
import br.com.webplanet.roteiro.examples.cli.ConfigCommand;
import br.com.webplanet.roteiro.examples.cli.DemoCommand;
import br.com.webplanet.roteiro.examples.cli.Logging;
import br.com.webplanet.roteiro.examples.cli.MailCommand;
import br.com.webplanet.roteiro.examples.cli.ReportCommand;
import br.com.webplanet.roteiro.examples.cli.RunCommand;
import br.com.webplanet.roteiro.examples.cli.StepsCommand;
import br.com.webplanet.roteiro.examples.cli.TarefasCommand;
import br.com.webplanet.roteiro.examples.cli.WatchCommand;
import br.com.webplanet.roteiro.examples.simulate.SimulateCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code roteiro}: the command a support person runs every day. Help and messages in pt-BR,
 * or English when the locale ({@code LANG}/{@code LC_ALL}, or {@code ROTEIRO_LANG}) says so.
 */
@Command(name = "roteiro", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = RoteiroCli.Version.class, usageHelpAutoWidth = true,
        subcommands = {RunCommand.class, StepsCommand.class, ReportCommand.class, ConfigCommand.class,
                DemoCommand.class, WatchCommand.class, TarefasCommand.class, SimulateCommand.class,
                MailCommand.class})
public final class RoteiroCli implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, descriptionKey = "verbose")
    boolean verbose;

    private final Map<String, String> env;
    private final Clock clock;

    RoteiroCli(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    /** The clock the commands run with, when one was given (embedding, tests); empty: the system clock. */
    public Optional<Clock> clock() {
        return Optional.ofNullable(clock);
    }

    /** The environment the commands read ({@code ${ENV:…}} in the configuration, {@code ROTEIRO_CONFIG}). */
    public Map<String, String> env() {
        return env;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv()));
    }

    /** Runs the command line and returns the exit code (see {@link ExitCode}). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return execute(args, out, err, env, null);
    }

    /**
     * As {@link #execute(String[], PrintWriter, PrintWriter, Map)}, every command reading "now" from
     * {@code clock} (e.g. a scenario test moving one clock across days; null: the system clock).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        Locale locale = CliText.localeFrom(env);
        Locale.setDefault(locale);
        CommandLine cli = new CommandLine(new RoteiroCli(env, clock));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(RoteiroCli::usageError);
        java.util.concurrent.atomic.AtomicBoolean verbose = new java.util.concurrent.atomic.AtomicBoolean();
        cli.setExecutionStrategy(parsed -> executeWithLogging(parsed, verbose));
        cli.setExecutionExceptionHandler((e, line, parsed) -> failure(e, line.getErr(), verbose.get()));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliText.get("error.noCommand"));
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println(CliText.get("error.seeHelp", line.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executeWithLogging(ParseResult parsed, java.util.concurrent.atomic.AtomicBoolean verboseSeen) {
        boolean verbose = false;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            verbose |= p.hasMatchedOption("--verbose");
        }
        verboseSeen.set(verbose);
        Logging.configure(verbose);
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int failure(Exception e, PrintWriter err, boolean verbose) {
        if (e instanceof ConfigurationException || e instanceof RoteiroStartException
                || e instanceof CliUsageException) {
            // Configuration problems speak the file's keys; the Java names behind them only with --verbose.
            err.println(verbose && e instanceof ConfigurationException c ? c.verboseMessage() : e.getMessage());
            if (e instanceof ConfigurationException) {
                err.println(CliText.get("error.configHint"));
            }
            return ExitCode.USAGE;
        }
        LoggerFactory.getLogger(RoteiroCli.class).debug("the run failed", e);
        err.println(Redactor.patternsOnly().redact(CliText.get("error.unexpected", e.getClass().getSimpleName(),
                String.valueOf(e.getMessage()))));
        return ExitCode.FAILED;
    }

    /** A usage mistake found while running (e.g. no report for that date): exit code 64. */
    public static final class CliUsageException extends RuntimeException {
        public CliUsageException(String message) {
            super(message);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RoteiroCli.class.getPackage().getImplementationVersion();
            return new String[] {"roteiro " + (v == null ? "(dev)" : v)};
        }
    }
}
