package br.com.webplanet.roteiro.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MailAddressTest {
    @Test
    void wellFormedAgreesWithTheRegexItReplaces() {
        String alphabet = "aZ09.-@_+'!~ \r\n\t<>\"(),;:[]\\çé\u00a0";
        Random random = new Random(20261129);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            // half free text, half "local@domain" built from a likelier alphabet, so both answers occur
            String s = i % 2 == 0 ? text(random, alphabet, 14)
                    : text(random, "ab9.+-'", 5) + "@" + text(random, "xy7.-", 8);
            boolean expected = MailAddress.ADDRESS.matcher(s).matches();
            assertThat(MailAddress.wellFormed(s)).as("«%s»", s).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        assertThat(valid).as("the generator must also produce valid addresses").isGreaterThan(1000);
    }

    private static String text(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(maxLength + 1); k > 0; k--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void theUsualFormsAndTheRefusedOnes() {
        assertThat(MailAddress.isValid("ana.souza+suporte@cliente.com.br")).isTrue();
        assertThat(MailAddress.isValid("  o'neil@x-y.io ")).isTrue();
        assertThat(MailAddress.isValid("a@localhost")).isFalse();
        assertThat(MailAddress.isValid("a@b..com")).isFalse();
        assertThat(MailAddress.isValid("a@b.com.")).isFalse();
        assertThat(MailAddress.isValid("@b.com")).isFalse();
        assertThat(MailAddress.isValid("a@b@c.com")).isFalse();
        assertThat(MailAddress.isValid("a@b.com\r\nBcc: x@y.com")).isFalse();
        assertThat(MailAddress.isValid(null)).isFalse();
        assertThatThrownBy(() -> new MailAddress(null, "josé@empresa.com.br"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("josé@empresa.com.br");
    }
}
