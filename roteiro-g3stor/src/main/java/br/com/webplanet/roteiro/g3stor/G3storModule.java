package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.spi.RoteiroModule;
import com.google.inject.AbstractModule;

/**
 * All of G3stor: the client ({@link G3storClientModule}: {@code TicketSystem},
 * {@code ArchitectRegistry}, {@code RomaneioBook}) and the steps ({@link G3storStepsModule}: steps 2,
 * 4 and 6). The launcher discovers the two separately; an application may install this one, or
 * only the part it needs.
 */
public final class G3storModule extends AbstractModule implements RoteiroModule {
    @Override
    public String name() {
        return "g3stor";
    }

    @Override
    protected void configure() {
        install(new G3storClientModule());
        install(new G3storStepsModule());
    }
}
