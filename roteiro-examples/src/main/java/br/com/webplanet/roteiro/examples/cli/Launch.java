package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.RoteiroBuilder;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** How every command builds its routine: the launcher's module plus every module on the class path. */
public final class Launch {
    private Launch() {}

    /** The environment given to {@code RoteiroCli.execute}. */
    public static Map<String, String> env(CommandSpec spec) {
        return ((RoteiroCli) spec.root().userObject()).env();
    }

    /** The builder of a command: its configuration, the launcher's environment and, when given, its clock. */
    public static RoteiroBuilder builder(CommandSpec spec, ConfigOption config) {
        RoteiroCli root = (RoteiroCli) spec.root().userObject();
        RoteiroBuilder builder = builder(config.resolve(root.env()), root.env());
        root.clock().ifPresent(builder::clock);
        return builder;
    }

    /** The command's clock: the one given to {@code RoteiroCli.execute}, else the system clock. */
    public static java.time.Clock clock(CommandSpec spec) {
        return ((RoteiroCli) spec.root().userObject()).clock().orElseGet(java.time.Clock::systemDefaultZone);
    }

    public static RoteiroBuilder builder(Optional<Path> config, Map<String, String> env) {
        RoteiroBuilder builder = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                .environment(env).progress(TerminalProgress.forThisProcess());
        config.ifPresent(builder::config);
        return builder;
    }

    /** For commands that only inspect (steps, config check): no journal is opened (it would cost start-up time). */
    public static RoteiroBuilder inspecting(Optional<Path> config, Map<String, String> env) {
        return builder(config, env).progress(ProgressListener.NONE).inspectOnly();
    }
}
