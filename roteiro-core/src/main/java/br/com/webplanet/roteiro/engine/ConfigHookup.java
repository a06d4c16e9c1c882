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

    static Loaded load(RoteiroSetup setup, List<? extends Module> modules, List<Consumer<Binder>> extra) {
        RoteiroConfiguration configuration;
        if (setup.configFile != null) {
            configuration = RoteiroConfiguration.load(setup.configFile, setup.env);
        } else {
            configuration = RoteiroConfiguration.of(setup.configTree != null ? setup.configTree : Map.of(), setup.env);
        }
        List<Module> all = new ArrayList<>(modules);
        all.add(binder -> extra.forEach(b -> b.accept(binder)));
        List<ConfigBinding> bindings = new ArrayList<>(ConfigBinder.bindingsIn(all));
        ConfigBinding engineBinding = new ConfigBinding(EngineConfig.class, EngineConfig.PREFIX);
        if (!bindings.contains(engineBinding)) {
            bindings.add(engineBinding);
        }
        configuration.validate(bindings);
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
