package br.com.webplanet.roteiro.spi;

import com.google.inject.Module;

/**
 * A plugin: a Guice module that binds steps ({@link StepBinder}), services and port
 * implementations. Listed in {@code META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule}
 * to be discovered by the launcher, or passed to {@code Roteiro.builder().withModules(...)}.
 *
 * <p>Modules only bind: no connections or threads in {@code configure()}. Anything that holds a
 * connection implements {@link Service} and is started and stopped by the engine.
 */
public interface RoteiroModule extends Module {
    /** Short name ({@code mail}, {@code g3stor}): the configuration prefix, log tag and report group. */
    String name();
}
