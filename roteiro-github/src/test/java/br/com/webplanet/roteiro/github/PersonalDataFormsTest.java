package br.com.webplanet.roteiro.github;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.github.PersonalDataRedactor.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form of personal data issue #15 found passing the redaction, one row each, and ordinary ticket text that
 * must pass through untouched.
 */
class PersonalDataFormsTest {
    private final PersonalDataRedactor redactor = new PersonalDataRedactor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CPF 529982247-25 para cadastro               | CPF [CPF] para cadastro                 | CPF
            meu cpf: 529 982 247 25                      | meu cpf: [CPF]                          | CPF
            cpf 529.982.247.25 ok                        | cpf [CPF] ok                            | CPF
            CPF 529.982.247-25                           | CPF [CPF]                               | CPF
            CPF 52998224725.                             | CPF [CPF].                              | CPF
            CNPJ 12.ABC.345/01DE-35 (novo formato)       | CNPJ [CNPJ] (novo formato)              | CNPJ
            cnpj 12.abc.345/01de-35                      | cnpj [CNPJ]                             | CNPJ
            CNPJ 12ABC34501DE35                          | CNPJ [CNPJ]                             | CNPJ
            CNPJ 11 222 333 0001 81                      | CNPJ [CNPJ]                             | CNPJ
            CNPJ 11.222.333 / 0001-81                    | CNPJ [CNPJ]                             | CNPJ
            filial 11222333/0001-81 aberta               | filial [CNPJ] aberta                    | CNPJ
            chama no https://wa.me/5511987654321 hoje    | chama no https://wa.me/[telefone] hoje  | PHONE
            https://api.whatsapp.com/send?phone=5511987654321 | https://api.whatsapp.com/send?phone=[telefone] | PHONE
            liga 11 9876 54321                           | liga [telefone]                         | PHONE
            liga (11) 98765-4321                         | liga [telefone]                         | PHONE
            tel +55 (11) 3456-7890                       | tel [telefone]                          | PHONE
            fica na Av Paulista 1000                     | fica na [endereço]                      | ADDRESS
            fica na rua augusta 1500                     | fica na [endereço]                      | ADDRESS
            fica na RUA AUGUSTA, 1500                    | fica na [endereço]                      | ADDRESS
            CEP 01310100                                 | CEP [CEP]                               | CEP
            entrega 01310100                             | entrega [CEP]                           | CEP
            cep 01.310-100                               | cep [CEP]                               | CEP
            entrega em 01.310-100                        | entrega em [CEP]                        | CEP
            falar com o sr. fernandes amanhã             | falar com o sr. [nome] amanhã           | NAME
            falar com o SR FERNANDES amanhã              | falar com o SR [nome] amanhã            | NAME
            escreva para fulano [at] x.com               | escreva para [e-mail]                   | EMAIL
            escreva para fulano (at) x (dot) com         | escreva para [e-mail]                   | EMAIL
            escreva para fulano arroba x ponto com ponto br | escreva para [e-mail]                | EMAIL
            escreva para fulano @ x.com                  | escreva para [e-mail]                   | EMAIL
            escreva para fulano＠x.com                   | escreva para [e-mail]                   | EMAIL
            link https://x.com/u?mail=fulano%40x.com     | link https://x.com/u?mail=[e-mail]      | EMAIL
            """)
    void redactsTheFormsCustomersType(String text, String expected, Kind kind) {
        PersonalDataRedactor.Result result = redactor.redact(text, List.of());

        assertThat(result.text()).isEqualTo(expected);
        assertThat(result.counts()).containsEntry(kind, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Chamado G3-1234 aberto em 28/11/2026 às 10:30.",
            "Erro na versão 2.3.1 (build 10.4.2-rc1), desde 2026-11-28.",
            "Valor R$ 1.234,56; total R$ 12.345.678,90; desconto 12,5%.",
            "NF 123456, pedido 4471, romaneio 88123, lote 20261128.",
            "pedido 12345678 e NF-e nº 87654321 emitidas",
            "Nota 35191111222333000181550010000012341000012345 (chave de acesso)",
            "O motoboy ficou na rua de baixo; a avenida estava fechada há 2 dias.",
            "O sr. disse que o seu pedido 4471 chegou; a senhora pediu 2 caixas.",
            "Acesse https://portal.example.com/chamados/G3-1234?aba=historico para ver.",
            "Reunião às 14h30 do dia 03.12.2026, sala 2, ramal 2345.",
            "O erro ocorre em 3 de 10 tentativas, 30% das vezes, código E-4021.",
            "Meu e-mail é o de sempre; falei @fulano no chat interno.",
    })
    void leavesOrdinaryTicketTextAlone(String text) {
        PersonalDataRedactor.Result result = redactor.redact(text, List.of());

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.total()).isZero();
    }

    /** Found by the property test (seed -7718076582247591480): a phone match ran across the line break and took the CEP's last digits. */
    @org.junit.jupiter.api.Test
    void aPhoneNeverSpansLinesSoACepAboveDigitsIsRedactedWhole() {
        String out = new PersonalDataRedactor().redact("CEP 03700-000\n03700000", java.util.List.of()).text();
        org.assertj.core.api.Assertions.assertThat(out).isEqualTo("CEP [CEP]\n[CEP]");
    }

    /** Found by the property test (seed -5896634660555182264): "itapetininga 97" passed the alphanumeric CNPJ check digits. */
    @org.junit.jupiter.api.Test
    void aStreetWordAndItsNumberAreAnAddressNotAnAlphanumericCnpj() {
        String out = new PersonalDataRedactor().redact("fica na rua barão de itapetininga 97", java.util.List.of()).text();
        org.assertj.core.api.Assertions.assertThat(out).isEqualTo("fica na [endereço]");
    }

    /** Found by the property test (seed -2943137302225577917): a CPF match began inside the CEP and left "03700-". */
    @org.junit.jupiter.api.Test
    void aCpfNeverStartsInsideTheCepBeforeIt() {
        String out = new PersonalDataRedactor().redact("CEP 03700-005. 11750102", java.util.List.of()).text();
        org.assertj.core.api.Assertions.assertThat(out).doesNotContainPattern("\\d{4}").startsWith("CEP [CEP]");
    }
}
