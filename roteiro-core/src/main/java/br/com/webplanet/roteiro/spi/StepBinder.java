package br.com.webplanet.roteiro.spi;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import java.util.Objects;

/**
 * Binds steps and services from a {@link RoteiroModule}:
 * <pre>{@code
 * protected void configure() {
 *     StepBinder steps = StepBinder.of(binder());
 *     steps.addStep(MailTriageStep.class);
 *     steps.addService(ImapConnection.class);
 * }
 * }</pre>
 * Steps and services are singletons. Their classes need an {@code @Inject} constructor (the
 * engine requires explicit bindings: bind what the constructor needs too).
 */
public final class StepBinder {
    private final Binder binder;
    private final Multibinder<ChecklistStep> steps;
    private final Multibinder<Service> services;

    private StepBinder(Binder binder) {
        this.binder = Objects.requireNonNull(binder, "binder is null").skipSources(StepBinder.class);
        this.steps = Multibinder.newSetBinder(this.binder, ChecklistStep.class);
        this.services = Multibinder.newSetBinder(this.binder, Service.class);
    }

    public static StepBinder of(Binder binder) {
        return new StepBinder(binder);
    }

    public StepBinder addStep(Class<? extends ChecklistStep> type) {
        binder.bind(type).in(Scopes.SINGLETON);
        steps.addBinding().to(type);
        return this;
    }

    public StepBinder addStep(ChecklistStep instance) {
        steps.addBinding().toInstance(instance);
        return this;
    }

    public StepBinder addService(Class<? extends Service> type) {
        binder.bind(type).in(Scopes.SINGLETON);
        services.addBinding().to(type);
        return this;
    }

    /** Declares the step and service sets even when a module adds none (so injection never fails). */
    public static void declare(Binder binder) {
        Multibinder.newSetBinder(binder, ChecklistStep.class);
        Multibinder.newSetBinder(binder, Service.class);
    }
}
