package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.steps.ReviewYesterdayStep;
import br.com.webplanet.roteiro.g3stor.steps.UpdateStatusStep;
import br.com.webplanet.roteiro.g3stor.steps.WaitingCustomersStep;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.IssueTracker;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

/**
 * The G3stor module ({@code g3stor} section of {@code roteiro.yaml}): binds the
 * {@link TicketSystem}, {@link ArchitectRegistry} and {@link RomaneioBook} ports to one
 * {@link G3storClient} (a service: its pool is released when the engine stops) and adds steps 2
 * ({@code g3stor.review-yesterday}), 4 ({@code g3stor.update-status}) and 6
 * ({@code g3stor.waiting-customers}). {@link Mailer} and {@link IssueTracker} are optional: the
 * mail and github modules set them when installed.
 */
public final class G3storModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "g3stor";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), G3storConfig.class, name());
        OptionalBinder.newOptionalBinder(binder(), Mailer.class);
        OptionalBinder.newOptionalBinder(binder(), IssueTracker.class);
        StepBinder.of(binder())
                .addService(G3storClient.class)
                .addStep(ReviewYesterdayStep.class)
                .addStep(UpdateStatusStep.class)
                .addStep(WaitingCustomersStep.class);
    }

    @Provides
    @Singleton
    TicketSystem ticketSystem(G3storClient client) {
        return client.tickets();
    }

    @Provides
    @Singleton
    ArchitectRegistry architectRegistry(G3storClient client) {
        return client.architects();
    }

    @Provides
    @Singleton
    RomaneioBook romaneioBook(G3storClient client) {
        return client.romaneios();
    }
}
