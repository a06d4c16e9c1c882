package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.github.PersonalDataRedactor.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {
    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    private static final String TEXT = """
            Bom dia! Aqui é a Maria José Conceição, da Padaria Pão Quente Ltda (CNPJ 12.345.678/0001-90).
            Meu CPF é 123.456.789-09 e o telefone (11) 98765-4321; pode ligar também no +55 11 91234-5678
            ou 11987654321. E-mail: maria.conceicao@paoquente.com.br. Estamos na Rua das Flores, 123,
            CEP 01310-100, e a filial fica na Av. Paulista, 1500. A sra. Conceicao pediu o relatório do pedido 4471.
            """;

    @Test
    void removesEveryKindOfPersonalDataFromRealisticText() {
        PersonalDataRedactor.Result result = redactor.redact(TEXT, List.of("Maria José Conceição", "Padaria Pão Quente Ltda"));

        assertThat(result.text())
                .doesNotContain("Maria", "Conceição", "Conceicao", "Padaria", "12.345.678/0001-90", "123.456.789-09",
                        "98765-4321", "91234-5678", "11987654321", "maria.conceicao", "paoquente", "Flores",
                        "01310-100", "Paulista", "1500")
                .contains("[nome]", "[CNPJ]", "[CPF]", "[telefone]", "[e-mail]", "[endereço]", "[CEP]")
                .contains("pedido 4471", "Bom dia!", "relatório");
        assertThat(result.counts()).containsEntry(Kind.CPF, 1).containsEntry(Kind.CNPJ, 1)
                .containsEntry(Kind.EMAIL, 1).containsEntry(Kind.PHONE, 3).containsEntry(Kind.ADDRESS, 2)
                .containsEntry(Kind.CEP, 1);
        assertThat(result.counts().get(Kind.NAME)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void matchesNamesIgnoringAccentsAndCase() {
        PersonalDataRedactor.Result result = redactor.redact("Falei com JOAO DA SILVA e com joão; o Silva confirmou.",
                List.of("João da Silva"));

        assertThat(result.text()).isEqualTo("Falei com [nome] e com [nome]; o [nome] confirmou.");
        assertThat(result.counts()).containsEntry(Kind.NAME, 3);
    }

    @Test
    void redactsPeopleNamedAfterATitleEvenWhenNotGivenTheirName() {
        PersonalDataRedactor.Result result = redactor.redact("Quem acompanha é o Sr. Fernandes e a Dra. Ana Paula de Souza; "
                + "a Dona Cida aprovou.", List.of());

        assertThat(result.text()).isEqualTo("Quem acompanha é o Sr. [nome] e a Dra. [nome]; a Dona [nome] aprovou.");
    }

    @Test
    void numbersInANameAreNotTreatedAsNameWords() {
        PersonalDataRedactor.Result result = redactor.redact("Ajuste 281 pedido pela Loja 281", List.of("Loja 281"));

        assertThat(result.text()).isEqualTo("Ajuste 281 pedido pela [nome]");
    }

    @Test
    void streetWordsWithoutANameAfterThemAreLeftAlone() {
        String text = "O motoboy ficou na rua de baixo; a avenida estava fechada.";

        assertThat(redactor.redact(text, List.of()).text()).isEqualTo(text);
        assertThat(redactor.redact("Entregar na Rua Dr. João de Barros, 45 amanhã", List.of()).text())
                .isEqualTo("Entregar na [endereço] amanhã");
    }

    @Test
    void tellsUnformattedCpfFromMobileNumberByCheckDigits() {
        PersonalDataRedactor.Result result = redactor.redact("CPF 12345678909, celular 11987654321", List.of());

        assertThat(result.text()).isEqualTo("CPF [CPF], celular [telefone]");
        assertThat(BrazilianDocuments.isValidCpf("12345678909")).isTrue();
        assertThat(BrazilianDocuments.isValidCpf("11111111111")).isFalse();
    }

    @Test
    void leavesOrdinaryNumbersDatesAndTicketIdsAlone() {
        String text = "Chamado G3-1234 aberto em 28/11/2026 às 10:30; NF 123456, valor R$ 1.234,56, versão 2.3.1.";

        PersonalDataRedactor.Result result = redactor.redact(text, List.of());

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.total()).isZero();
    }

    @Test
    void redactsUnformattedCnpjAndLowerCaseStreetWords() {
        PersonalDataRedactor.Result result = redactor.redact("cnpj 12345678000190, entrega na travessa Santa Rita, nº 45",
                List.of());

        assertThat(result.text()).isEqualTo("cnpj [CNPJ], entrega na [endereço]");
    }
}
