package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.Service;
import br.com.webplanet.roteiro.spi.StepBinder;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import java.util.List;

/** A module binding given step and service instances. */
final class TestModule extends AbstractModule implements RoteiroModule {
    private final String name;
    private final List<ChecklistStep> steps;
    private final List<Service> services;

    TestModule(String name, List<? extends ChecklistStep> steps, List<? extends Service> services) {
        this.name = name;
        this.steps = List.copyOf(steps);
        this.services = List.copyOf(services);
    }

    static TestModule of(ChecklistStep... steps) {
        return new TestModule("test", List.of(steps), List.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected void configure() {
        StepBinder binder = StepBinder.of(binder());
        steps.forEach(binder::addStep);
        services.forEach(s -> Multibinder.newSetBinder(binder(), Service.class).addBinding().toInstance(s));
    }
}
