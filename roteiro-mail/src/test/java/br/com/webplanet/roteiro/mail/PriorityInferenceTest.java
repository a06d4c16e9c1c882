package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.PriorityAssessment;
import br.com.webplanet.roteiro.model.Urgency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriorityInferenceTest {
    private final PriorityInference inference = new PriorityInference(List.of(new PriorityRule(Optional.empty(),
            Optional.empty(), Optional.of("nota fiscal"), Optional.empty(), Optional.of(Impact.HIGH))));
    private final MailAddress from = MailAddress.of("joao@cliente.com.br");

    private PriorityAssessment assess(String subject, String text) {
        return inference.assess(from, subject, text, Optional.empty());
    }

    @Test
    void portugueseCues() {
        PriorityAssessment p = assess("URGENTE: sistema fora do ar", "todas as lojas paradas");
        assertThat(p.urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(p.impact()).isEqualTo(Impact.VERY_HIGH);
        assertThat(assess("Não consigo emitir", "desde ontem").urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(assess("Problema", "o servidor de produção travou").impact()).isEqualTo(Impact.HIGH);
        assertThat(assess("URGÊNCIA", "").urgency()).isEqualTo(Urgency.VERY_HIGH);
    }

    @Test
    void englishCues() {
        PriorityAssessment p = assess("System down", "all stores cannot sell");
        assertThat(p.urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(p.impact()).isEqualTo(Impact.VERY_HIGH);
    }

    @Test
    void calmWordsLowerUrgencyAndAreNotReadAsUrgent() {
        PriorityAssessment p = assess("Dúvida", "não é urgente, quando puder me diga");
        assertThat(p.urgency()).isEqualTo(Urgency.LOW);
        assertThat(p.evidence()).anyMatch(e -> e.startsWith("urgência baixa"));
    }

    @Test
    void noCueKeepsTheDefaultAndSaysSo() {
        PriorityAssessment p = assess("Relatório mensal", "Como exporto?");
        assertThat(p.urgency()).isEqualTo(Urgency.MEDIUM);
        assertThat(p.impact()).isEqualTo(Impact.MEDIUM);
        assertThat(p.evidence()).hasSize(2).allMatch(e -> e.contains("padrão"));
    }

    @Test
    void keywordRuleRaisesImpactWithItsEvidence() {
        PriorityAssessment p = assess("Nota fiscal rejeitada", "");
        assertThat(p.impact()).isEqualTo(Impact.HIGH);
        assertThat(p.evidence()).anyMatch(e -> e.contains("regra configurada (palavra «nota fiscal»)"));
    }

    @Test
    void literalStartsAreANecessaryConditionOfEachAlternative() {
        assertThat(PriorityInference.literalStarts("parad[oa]s?|travad[oa]s?|stopped"))
                .containsExactly("parad", "travad", "stopped");
        assertThat(PriorityInference.literalStarts("nao consig(o|imos) (vender|emitir)|can'?t (sell|invoice)|(x|y)z"))
                .containsExactly("nao consig", "can", "");
        // the pre-filter must not hide a cue: accents, upper case and optional letters still match
        assertThat(assess("NÃO CONSIGO EMITIR nota", "").urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(assess("help", "we cant invoice since monday").urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(assess("Caixas TRAVADOS", "").impact()).isEqualTo(Impact.HIGH);
    }

    @Test
    void theOnePassFoldGivesWhatDecompositionAndMarkRemovalGive() {
        for (char c = 1; c < 0x500; c++) {
            String one = "x" + c + "Y";
            assertThat(PriorityInference.normalise(one)).as("U+%04X", (int) c)
                    .isEqualTo(PriorityInference.slowNormalise(one));
        }
        String alphabet = "aAçÇãÃéÉíõÔüÜñ\u00a0 \u0301\u0327ßİǅÆæøΩ€\u2019—";
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(PriorityInference.normalise(b.toString())).as("«%s»", b)
                    .isEqualTo(PriorityInference.slowNormalise(b.toString()));
        }
        assertThat(PriorityInference.normalise("URGÊNCIA: sistema não abre")).isEqualTo("urgencia: sistema nao abre");
    }
}
