package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReplyTrimmerTest {
    private static final String REPLY = "Bom dia,\nsegue o print.\n";

    @ParameterizedTest
    @ValueSource(strings = {
            // Gmail pt-BR, one line and wrapped over two
            "Em seg., 2 de mar. de 2026 às 09:00, Suporte <suporte@webplanet.com.br> escreveu:\n> Recebemos\n> antigo\n",
            "Em seg., 2 de mar. de 2026 às 09:00, Suporte Webplanet <suporte@webplanet.com.br>\nescreveu:\n> antigo\n",
            // Gmail English
            "On Mon, Mar 2, 2026 at 9:00 AM Suporte <suporte@webplanet.com.br> wrote:\n> antigo\n",
            // Apple Mail pt-BR and English
            "Em 2 de mar. de 2026, à(s) 09:00, Suporte <suporte@webplanet.com.br> escreveu:\n\n> antigo\n",
            "On Mar 2, 2026, at 09:00, Suporte <suporte@webplanet.com.br> wrote:\n\n> antigo\n",
            // Outlook pt-BR and English header blocks
            "________________________________\nDe: Suporte <suporte@webplanet.com.br>\nEnviado: segunda-feira, 2 de março de 2026 09:00\n"
                    + "Para: joao@cliente.com.br\nAssunto: [#G3-1] antigo\n\nantigo\n",
            "From: Suporte <suporte@webplanet.com.br>\nSent: Monday, March 2, 2026 9:00 AM\nTo: joao@cliente.com.br\n"
                    + "Subject: RE: antigo\n\nantigo\n",
            "-----Original Message-----\nFrom: Suporte\nSent: Monday\n\nantigo\n",
            "-----Mensagem original-----\nDe: Suporte\nEnviada em: segunda\n\nantigo\n",
            // signatures
            "-- \nJoão Ávila\nCliente Ltda | antigo\n",
            "Enviado do meu iPhone\n\nantigo\n",
            "Sent from my iPhone\n\nantigo\n",
    })
    void quotedThreadAndSignatureAreLeftOut(String tail) {
        ReplyTrimmer.Trimmed t = ReplyTrimmer.trim(REPLY + "\n" + tail);
        assertThat(t.text()).isEqualTo("Bom dia,\nsegue o print.");
        assertThat(t.trimmed()).isTrue();
        assertThat(t.text()).doesNotContain("antigo");
    }

    @Test
    void inlineQuotesAreLeftOutButTheAnswersBetweenThemStay() {
        ReplyTrimmer.Trimmed t = ReplyTrimmer.trim("> Qual a versão?\n3.2\n> Qual loja?\nLoja 5\n");
        assertThat(t.text()).isEqualTo("3.2\nLoja 5");
        assertThat(t.omitted()).isEqualTo(2);
    }

    @Test
    void textWithoutQuotesIsKeptWholeAndAllQuotedTextIsNeverErased() {
        assertThat(ReplyTrimmer.trim("Em resumo: nada mudou.\nDe fato, nada.").trimmed()).isFalse();
        ReplyTrimmer.Trimmed onlyQuote = ReplyTrimmer.trim("> só citação\n> nada novo\n");
        assertThat(onlyQuote.text()).contains("só citação");
        assertThat(onlyQuote.trimmed()).isFalse();
    }
}
