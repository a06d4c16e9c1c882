package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.ProgressListener;
import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.engine.RoteiroBuilder;
import br.com.webplanet.roteiro.examples.LauncherModule;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/** How every command builds its routine: the launcher's module plus every module on the class path. */
public final class Launch {
    private Launch() {}

    public static RoteiroBuilder builder(Optional<Path> config) {
        RoteiroBuilder builder = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                .progress(TerminalProgress.forThisProcess());
        config.ifPresent(builder::config);
        return builder;
    }

    /** For commands that only inspect (steps, config check): a throw-away in-memory journal. */
    public static RoteiroBuilder inspecting(Optional<Path> config) {
        return builder(config).progress(ProgressListener.NONE)
                .journalUrl("jdbc:h2:mem:roteiro-inspect-" + UUID.randomUUID());
    }
}
