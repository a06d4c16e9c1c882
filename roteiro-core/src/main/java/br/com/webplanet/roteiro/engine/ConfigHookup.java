package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.config.ConfigBinding;
import br.com.webplanet.roteiro.config.Redactor;
import br.com.webplanet.roteiro.config.RoteiroConfiguration;
import br.com.webplanet.roteiro.config.Secret;
import com.google.inject.Binder;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Loads the configuration and validates every section the modules bind (plus the engine's own
 * {@code roteiro} section) before any injector exists, so a bad file fails with one
 * {@code ConfigurationException} listing all its problems, never a Guice stack.
 */
final class ConfigHookup {
    private ConfigHookup() {}

    /**
     * @param module binds the validated {@link RoteiroConfiguration}, its {@link Redactor} and {@link EngineConfig}
     */
    record Loaded(EngineConfig engine, UnaryOperator<String> redactor, Module module) {}

    /** The configuration as given (file, tree or none), not yet validated. */
    static RoteiroConfiguration read(RoteiroSetup setup) {
        if (setup.configFile != null) {
            return RoteiroConfiguration.load(setup.configFile, setup.env);
        }
        return RoteiroConfiguration.of(setup.configTree != null ? setup.configTree : Map.of(), setup.env);
    }

    /**
     * Validates the sections of {@code modules} (the active ones) and the engine's own.
     *
     * @param moreProblems problems found outside the records (key path → message), reported with them
     */
    static Loaded load(RoteiroSetup setup, RoteiroConfiguration configuration, List<? extends Module> modules,
                       List<Consumer<Binder>> extra, Map<String, String> moreProblems) {
        List<Module> all = new ArrayList<>(modules);
        all.add(binder -> extra.forEach(b -> b.accept(binder)));
        List<ConfigBinding> bindings = new ArrayList<>(ConfigBinder.bindingsIn(all));
        ConfigBinding engineBinding = new ConfigBinding(EngineConfig.class, EngineConfig.PREFIX);
        if (!bindings.contains(engineBinding)) {
            bindings.add(engineBinding);
        }
        java.util.Set<String> moduleSections = new java.util.TreeSet<>();
        modules.forEach(m -> {
            if (m instanceof br.com.webplanet.roteiro.spi.RoteiroModule r && ConfigBinder.bindingsIn(List.of(r)).isEmpty()) {
                moduleSections.add(r.name());
            }
        });
        configuration.validate(bindings, moreProblems, moduleSections);
        EngineConfig engine = configuration.value(EngineConfig.class, EngineConfig.PREFIX);
        Secret password = setup.journalPassword;
        Redactor redactor = configuration.redactor().with(password == null ? List.of() : List.of(password.reveal()));
        Module module = binder -> {
            binder.install(configuration.module());
            ConfigBinder.bindConfig(binder, EngineConfig.class, EngineConfig.PREFIX);
        };
        return new Loaded(engine, redactor, module);
    }
}
