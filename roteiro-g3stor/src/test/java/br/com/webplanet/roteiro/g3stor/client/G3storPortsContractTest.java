package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.spi.ArchitectRegistry;
import br.com.webplanet.roteiro.spi.ArchitectRegistryContract;
import br.com.webplanet.roteiro.spi.PendingRomaneio;
import br.com.webplanet.roteiro.spi.RomaneioBook;
import br.com.webplanet.roteiro.spi.RomaneioBookContract;
import br.com.webplanet.roteiro.spi.TicketSystem;
import br.com.webplanet.roteiro.spi.TicketSystemContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The G3stor client passes every port contract against the simulator, over real HTTP. */
class G3storPortsContractTest {
    private G3storSimulator simulator;
    private G3storClient client;

    private G3storClient connect(int pageSize, Map<String, String> fieldNames) {
        simulator = G3storSimulator.builder().token("contract-token").pageSize(pageSize).fieldNames(fieldNames).start();
        client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of("contract-token"))
                .withFieldNames(fieldNames).withRetry(G3storConfig.RetrySettings.fast(3)));
        return client;
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Nested
    class Tickets extends TicketSystemContract {
        @Override
        protected TicketSystem ticketSystem() {
            return connect(100, Map.of()).tickets();
        }

        @Override
        protected void seedCustomer(Customer customer) {
            simulator.putCustomer(customer);
        }

        @Override
        protected void seedAttendance(Attendance attendance) {
            simulator.putAttendance(attendance);
        }
    }

    /** Pages of one item and renamed fields: the same behaviour. */
    @Nested
    class TicketsOnePerPageWithOtherFieldNames extends TicketSystemContract {
        @Override
        protected TicketSystem ticketSystem() {
            return connect(1, Map.of("externalRefs", "referencias", "subject", "assunto", "updatedSince",
                    "atualizadoDesde", "items", "itens")).tickets();
        }

        @Override
        protected void seedCustomer(Customer customer) {
            simulator.putCustomer(customer);
        }

        @Override
        protected void seedAttendance(Attendance attendance) {
            simulator.putAttendance(attendance);
        }
    }

    @Nested
    class Architects extends ArchitectRegistryContract {
        @Override
        protected ArchitectRegistry registry() {
            return connect(1, Map.of()).architects();
        }
    }

    @Nested
    class Romaneios extends RomaneioBookContract {
        @Override
        protected RomaneioBook book() {
            RomaneioBook book = connect(100, Map.of()).romaneios();
            simulator.putCustomer(new Customer("C-9", "Textura Revestimentos", "12.345.678/0001-90",
                    List.of(new Contact("Compras", MailAddress.of("compras@textura.com.br"), null, null))));
            return book;
        }

        @Override
        protected PendingRomaneio addPending(String fileName, String contentType, byte[] content) {
            return simulator.addPending(fileName, contentType, content);
        }
    }
}
