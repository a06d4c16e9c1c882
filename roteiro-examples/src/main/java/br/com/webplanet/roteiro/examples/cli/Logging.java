package br.com.webplanet.roteiro.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quiet by default (libraries WARN, roteiro's one-line INFO messages); {@code --verbose} shows
 * libraries at INFO and roteiro at DEBUG. The base levels come from {@link LauncherLogConfigurator}.
 */
public final class Logging {
    private Logging() {}

    public static void configure(boolean verbose) {
        if (!(LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext)) {
            return;
        }
        if (verbose) {
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
            ((Logger) LoggerFactory.getLogger("br.com.webplanet.roteiro")).setLevel(Level.DEBUG);
        }
    }
}
