package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.Service;
import br.com.webplanet.roteiro.spi.StepBinder;
import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.Message;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The Guice injector of a routine: production stage, explicit bindings only, no circular proxies. */
record Wiring(Injector injector, List<ChecklistStep> steps, List<Service> services) {
    static Wiring create(List<RoteiroModule> modules, List<Consumer<Binder>> extra, RoteiroSetup.Resolved resolved) {
        List<Module> all = new ArrayList<>();
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                bind(Clock.class).toInstance(resolved.clock());
                StepBinder.declare(binder());
                if (resolved.configModule() != null) {
                    install(resolved.configModule());
                }
                extra.forEach(b -> b.accept(binder()));
            }
        });
        all.addAll(modules);
        Injector injector;
        try {
            injector = Guice.createInjector(Stage.PRODUCTION, all);
        } catch (CreationException e) {
            java.util.Set<String> problems = new java.util.LinkedHashSet<>();   // Guice repeats a cause per need
            for (Message m : e.getErrorMessages()) {
                problems.add(describe(m));
            }
            throw RoteiroStartException.of("the modules cannot be wired", List.copyOf(problems), e);
        }
        Set<ChecklistStep> steps = injector.getInstance(Key.get(new TypeLiteral<Set<ChecklistStep>>() {}));
        Set<Service> services = injector.getInstance(Key.get(new TypeLiteral<Set<Service>>() {}));
        return new Wiring(injector, List.copyOf(steps), List.copyOf(services));
    }

    /** Guice's message plus where the need comes from (e.g. the step constructor that asks for an unbound port). */
    private static String describe(Message m) {
        String text = m.getMessage().replace("\n", "\n    ").trim();
        List<String> where = new ArrayList<>();
        for (Object source : m.getSources()) {
            String s = source instanceof com.google.inject.spi.Dependency<?> d && d.getInjectionPoint() != null
                    ? d.getInjectionPoint().getMember().getDeclaringClass().getName() : String.valueOf(source);
            if (!where.contains(s) && !s.startsWith("Key[")) {
                where.add(s);
            }
        }
        return where.isEmpty() ? text : text + " (needed by " + String.join(" ← ", where) + ")";
    }
}
