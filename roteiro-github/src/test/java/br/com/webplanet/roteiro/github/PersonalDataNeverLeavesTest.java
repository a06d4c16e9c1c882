package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.spi.StepResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the fake GitHub received must hold none of the customer's personal data. */
class PersonalDataNeverLeavesTest {
    private static final List<String> PERSONAL_DATA = List.of("Maria", "José", "Jose", "Conceição", "Conceicao",
            "Padaria", "Pão Quente", "(11) 98765-4321", "98765-4321", "+55 11 3456-7890", "3456-7890",
            "123.456.789-09", "12.345.678/0001-90", "Rua das Flores", "Flores, 123", "01310-100", "Paulista",
            "maria.conceicao@paoquente.com.br", "paoquente", "Fernandes");

    private GitHubFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new GitHubFixture();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void requestBodiesSentToGitHubHoldNoPersonalData() {
        fx.ticketWaitingForDevelopment("Maria José da Padaria Pão Quente não consegue emitir boleto",
                """
                Olá, aqui é a Maria José Conceição (CPF 123.456.789-09), responsável financeira da Padaria Pão Quente
                Ltda, CNPJ 12.345.678/0001-90. Desde segunda o boleto sai com o valor zerado.
                Podem me ligar no (11) 98765-4321 ou no fixo +55 11 3456-7890, ou escrever para
                maria.conceicao@paoquente.com.br. Nosso endereço: Rua das Flores, 123 - CEP 01310-100; a entrega
                também pode ir para a Av. Paulista, 1000. Quem acompanha aqui é o Sr. Fernandes.
                Passos: abrir Financeiro > Boletos > Emitir, escolher o pedido 4471, clicar em Gerar.
                """);

        StepResult result = fx.run();

        assertThat(fx.github.issues(GitHubFixture.REPO)).hasSize(1);
        List<FakeGitHub.Request> sent = fx.github.requests();
        assertThat(sent).isNotEmpty();
        for (FakeGitHub.Request request : sent) {
            String everything = request.path() + "?" + request.query() + "\n" + request.body();
            assertThat(everything).doesNotContain(PERSONAL_DATA.toArray(String[]::new));
        }
        String body = fx.github.issues(GitHubFixture.REPO).get(0).body;
        assertThat(body).contains("pedido 4471", "Financeiro > Boletos > Emitir", "[CPF]", "[CNPJ]", "[telefone]",
                "[e-mail]", "[endereço]", "[CEP]", "[nome]", "consulte o chamado G3-1".replace("consulte", "Consulte"));
        @SuppressWarnings("unchecked")
        Map<String, Long> redactions = (Map<String, Long>) result.details().get("redactions");
        assertThat(redactions).containsKeys("name", "cpf", "cnpj", "phone", "email", "address", "cep");
        assertThat(result.toString()).doesNotContain("123.456.789-09", "Conceição");
    }
}
