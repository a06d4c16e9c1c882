package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import com.google.inject.AbstractModule;

/** Listed in {@code engine-discovery/META-INF/services} (kept off the test class path on purpose). */
public final class DiscoverableTestModule extends AbstractModule implements RoteiroModule {
    public DiscoverableTestModule() {}

    @Override
    public String name() {
        return "descoberto";
    }

    @Override
    protected void configure() {
        StepBinder.of(binder()).addStep(TestStep.done("descoberto.ola", 100, TestStep.newLog()));
    }
}
