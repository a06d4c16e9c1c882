package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * The G3stor client alone, no steps: binds the {@link TicketSystem}, {@link ArchitectRegistry} and
 * {@link RomaneioBook} ports to one {@link G3storClient} (a service: its pool is released when the
 * engine stops), configured by the {@code g3stor} section ({@link G3storConfig}). An application
 * that wants G3stor as its ticket system without steps 2, 4 and 6 installs only this:
 * <pre>{@code
 * Roteiro.builder().withModules(new G3storClientModule(), new MailModule()).config(file).build();
 * }</pre>
 * The client is created on first use, so a routine that never calls it (e.g. {@code roteiro steps})
 * pays nothing for it.
 */
public final class G3storClientModule extends AbstractModule implements RoteiroModule {
    /** Needed by {@link java.util.ServiceLoader}. */
    public G3storClientModule() {}

    @Override
    public String name() {
        return "g3stor";
    }

    @Override
    protected void configure() {
        ConfigBinder.bindConfig(binder(), G3storConfig.class, name());
        StepBinder.of(binder()).addService(G3storClient.class);
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
