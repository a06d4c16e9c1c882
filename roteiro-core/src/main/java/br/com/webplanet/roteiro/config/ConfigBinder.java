package br.com.webplanet.roteiro.config;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provider;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.PrivateElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Binds a module's configuration record to its section of {@code roteiro.yaml}. In a module's
 * {@code configure()}:
 *
 * <pre>{@code
 * ConfigBinder.bindConfig(binder(), MailConfig.class, "mail");
 * }</pre>
 *
 * <p>The record can then be injected anywhere. The engine finds every binding with
 * {@link #bindingsIn} before it creates the injector and validates them all at once
 * ({@link RoteiroConfiguration#validate}), so a bad file fails at start with one message.
 */
public final class ConfigBinder {
    private ConfigBinder() {}

    /**
     * Registers {@code type} as bound from section {@code prefix} (dotted, e.g. {@code textura.architects})
     * and binds it to the value read from the injected {@link RoteiroConfiguration}.
     */
    public static <T extends Record> void bindConfig(Binder binder, Class<T> type, String prefix) {
        Objects.requireNonNull(binder, "binder is null");
        ConfigBinding binding = new ConfigBinding(type, prefix);
        Multibinder.newSetBinder(binder, ConfigBinding.class).addBinding().toInstance(binding);
        Provider<RoteiroConfiguration> configuration = binder.getProvider(RoteiroConfiguration.class);
        binder.bind(type).toProvider(new ValueProvider<>(binding, type, configuration));
    }

    /** Every {@link ConfigBinding} registered by these modules, found without creating an injector. */
    public static List<ConfigBinding> bindingsIn(Iterable<? extends Module> modules) {
        Objects.requireNonNull(modules, "modules is null");
        List<ConfigBinding> found = new ArrayList<>();
        collect(Elements.getElements(modules), found);
        return List.copyOf(found);
    }

    private static void collect(List<Element> elements, List<ConfigBinding> found) {
        for (Element e : elements) {
            if (e instanceof InstanceBinding<?> b && b.getInstance() instanceof ConfigBinding cb && !found.contains(cb)) {
                found.add(cb);
            } else if (e instanceof PrivateElements p) {
                collect(p.getElements(), found);
            }
        }
    }

    private static final class ValueProvider<T extends Record> implements Provider<T> {
        private final ConfigBinding binding;
        private final Class<T> type;
        private final Provider<RoteiroConfiguration> configuration;

        ValueProvider(ConfigBinding binding, Class<T> type, Provider<RoteiroConfiguration> configuration) {
            this.binding = binding;
            this.type = type;
            this.configuration = configuration;
        }

        @Override
        public T get() {
            return configuration.get().value(type, binding.prefix());
        }

        @Override
        public String toString() {
            return "config " + type.getName() + " from '" + binding.prefix() + "'";
        }
    }
}
