package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.RoteiroModule;
import com.google.inject.Module;
import java.util.List;
import java.util.function.UnaryOperator;

/** Loads and validates the configuration before any module is wired. */
final class ConfigHookup {
    private ConfigHookup() {}

    record Loaded(EngineConfig engine, UnaryOperator<String> redactor, Module module) {}

    static Loaded load(RoteiroSetup setup, List<RoteiroModule> modules) {
        return new Loaded(EngineConfig.defaults(), UnaryOperator.identity(), null);
    }
}
