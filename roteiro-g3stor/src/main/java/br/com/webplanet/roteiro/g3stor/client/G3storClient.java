package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.Service;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.util.Objects;

/**
 * The G3stor client: one HTTP connection pool behind the three ports G3stor serves — tickets
 * ({@link TicketSystem}), Textura's architects ({@link ArchitectRegistry}) and romaneios
 * ({@link RomaneioBook}). A {@link Service}: stopping it releases the pool.
 * <pre>{@code
 * G3storClient g3 = new G3storClient(G3storConfig.of("https://g3stor.example/api/v1", Secret.of(token)));
 * g3.tickets().open(draft, "mail:<id@x>");
 * }</pre>
 */
public final class G3storClient implements Service, AutoCloseable {
    private final G3storHttp http;
    private final G3storTicketSystem tickets;
    private final G3storArchitectRegistry architects;
    private final G3storRomaneioBook romaneios;

    @jakarta.inject.Inject
    public G3storClient(G3storConfig config) {
        Objects.requireNonNull(config, "config is null");
        this.http = new G3storHttp(config);
        this.tickets = new G3storTicketSystem(http, config.pageSize());
        this.architects = new G3storArchitectRegistry(http, config.pageSize());
        this.romaneios = new G3storRomaneioBook(http, config.pageSize());
    }

    public G3storTicketSystem tickets() {
        return tickets;
    }

    public G3storArchitectRegistry architects() {
        return architects;
    }

    public G3storRomaneioBook romaneios() {
        return romaneios;
    }

    /** Nothing to open ahead: connections are made on the first call. */
    @Override
    public void start() {
    }

    @Override
    public void stop() {
        http.close();
    }

    @Override
    public void close() {
        stop();
    }
}
