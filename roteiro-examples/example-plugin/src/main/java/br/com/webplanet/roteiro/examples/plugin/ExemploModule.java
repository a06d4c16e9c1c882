package br.com.webplanet.roteiro.examples.plugin;

import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;

/**
 * The example plugin: two small steps a team can copy to write its own. Listed in
 * {@code META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule}, so the launcher finds it
 * on the classpath; an embedding application may pass it to {@code Roteiro.builder().withModules(...)}.
 */
public final class ExemploModule extends AbstractModule implements RoteiroModule {
    /** Needed by {@link java.util.ServiceLoader}. */
    public ExemploModule() {}

    @Override
    public String name() {
        return "exemplo";
    }

    @Override
    protected void configure() {
        // The ticket system is provided by another plugin (roteiro-g3stor) when it is present;
        // these steps work without it, so they ask for Optional<TicketSystem>.
        OptionalBinder.newOptionalBinder(binder(), TicketSystem.class);
        StepBinder.of(binder())
                .addStep(SaudacaoStep.class)
                .addStep(PlantaoStep.class);
    }
}
