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
