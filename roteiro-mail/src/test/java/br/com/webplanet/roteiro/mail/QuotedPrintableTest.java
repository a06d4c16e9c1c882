package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.angus.mail.util.QPDecoderStream;
import org.junit.jupiter.api.Test;

class QuotedPrintableTest {
    @Test
    void decodesAsAngusStreamDoesOnGeneratedText() throws Exception {
        byte[] alphabet = "aZ09AFfG=  \r\n\t.\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(2045);
        for (int i = 0; i < 50_000; i++) {
            byte[] raw = new byte[random.nextInt(40) + 5];
            for (int k = 0; k < raw.length - 5; k++) {
                raw[k] = alphabet[random.nextInt(alphabet.length)];
            }
            // never "=X" at the very end: there the stream appends a stray 0xFF byte, which we do not copy
            System.arraycopy("\r\nfim".getBytes(StandardCharsets.US_ASCII), 0, raw, raw.length - 5, 5);
            byte[] expected = new QPDecoderStream(new ByteArrayInputStream(raw)).readAllBytes();
            assertThat(QuotedPrintable.decode(raw, Integer.MAX_VALUE))
                    .as("«%s»", new String(raw, StandardCharsets.ISO_8859_1)).isEqualTo(expected);
        }
    }

    @Test
    void escapesSoftBreaksPaddingAndTheCap() {
        assertThat(decode("Ol=C3=A1, instala=C3=A7=C3=A3o =\r\nconclu=C3=ADda   \r\nfim"))
                .isEqualTo("Olá, instalação concluída\r\nfim");
        assertThat(decode("linha=\nsoft, =3d igual, =ZZ fica")).isEqualTo("linhasoft, = igual, =ZZ fica");
        assertThat(decode("saldo =-1 real")).as("a sign after '=' is text, not a number").isEqualTo("saldo =-1 real");
        assertThat(QuotedPrintable.decode("abc=41def".getBytes(StandardCharsets.US_ASCII), 4))
                .isEqualTo("abcA".getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String s) {
        return new String(QuotedPrintable.decode(s.getBytes(StandardCharsets.ISO_8859_1), Integer.MAX_VALUE),
                StandardCharsets.UTF_8);
    }
}
