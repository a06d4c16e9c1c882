package br.com.webplanet.roteiro.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --config FILE}; without it {@code $ROTEIRO_CONFIG}, then {@code ./roteiro.yaml} when present. */
public final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", descriptionKey = "config")
    Path file;

    /** The configuration file to use, if any. */
    public Optional<Path> resolve(Map<String, String> env) {
        if (file != null) {
            return Optional.of(file);
        }
        String fromEnv = env.get("ROTEIRO_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(Path.of(fromEnv));
        }
        Path local = Path.of("roteiro.yaml");
        return Files.isRegularFile(local) ? Optional.of(local) : Optional.empty();
    }
}
