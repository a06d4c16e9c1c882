package br.com.webplanet.roteiro.g3stor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Localized;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final String BUNDLE = "br.com.webplanet.roteiro.g3stor.messages";

    @Test
    void everyPtBrTextHasAnEnglishOneAndBothFormat() {
        ResourceBundle pt = ResourceBundle.getBundle(BUNDLE, Localized.PT_BR);
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);

        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(pt.keySet());
        for (String key : pt.keySet()) {
            Object[] args = {"G3-1", "AT-1", "x", "y", 2, 3};
            assertThat(Messages.get(Localized.PT_BR, key, args)).as(key).doesNotContain("{0}");
            assertThat(Messages.get(Locale.ENGLISH, key, args)).as(key).doesNotContain("{0}");
        }
        assertThat(Messages.get(Localized.PT_BR, "status.title")).isEqualTo("Atualizar o status dos chamados");
        assertThat(Messages.get(Locale.ENGLISH, "status.title")).isEqualTo("Update ticket statuses");
    }
}
