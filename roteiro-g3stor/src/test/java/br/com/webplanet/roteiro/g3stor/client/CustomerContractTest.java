package br.com.webplanet.roteiro.g3stor.client;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.ServiceContract;
import br.com.webplanet.roteiro.model.Urgency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's contract tier (#10 item 3) travels from the simulator through the wire to the client. */
class CustomerContractTest {
    @Test
    void contractTierTravelsOverTheWireAndSurvivesAFlaggedContact() {
        try (G3storSimulator simulator = G3storSimulator.builder().token("t").start();
             G3storClient client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of("t")))) {
            MailAddress joana = MailAddress.of("joana@cliente.com.br");
            simulator.putCustomer(new Customer("C-1", "Rede Ouro", null, List.of(new Contact("Joana", joana, null, null)),
                    new ServiceContract("ouro", Urgency.HIGH, Impact.VERY_HIGH)));
            simulator.putCustomer(new Customer("C-2", "Sem contrato", null,
                    List.of(new Contact("Ana", MailAddress.of("ana@outra.com.br"), null, null))));

            Customer gold = client.tickets().customerByEmail(joana).orElseThrow();
            assertThat(gold.contract()).isEqualTo(new ServiceContract("ouro", Urgency.HIGH, Impact.VERY_HIGH));
            assertThat(client.tickets().customer("C-2").orElseThrow().contract()).isNull();

            client.tickets().flagContact(joana, "não entrega");
            assertThat(client.tickets().customer("C-1").orElseThrow().contract().tier()).isEqualTo("ouro");
        }
    }
}
