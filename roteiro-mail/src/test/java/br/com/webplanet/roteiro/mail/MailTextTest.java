package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailTextTest {
    @Test
    void latin1LabelIsReadAsWindows1252() {
        byte[] bytes = "“ação”".getBytes(Charset.forName("windows-1252"));
        assertThat(MailText.decode(bytes, "iso-8859-1").text()).isEqualTo("“ação”");
    }

    @Test
    void unknownLabelFallsBackWithANote() {
        MailText.Decoded d = MailText.decode("ação".getBytes(StandardCharsets.UTF_8), "x-nada");
        assertThat(d.text()).isEqualTo("ação");
        assertThat(d.note()).contains("x-nada").contains("UTF-8");
        assertThat(MailText.decode("ação".getBytes(StandardCharsets.ISO_8859_1), "x-nada").text()).isEqualTo("ação");
    }

    @Test
    void rawUtf8HeaderReadAsLatin1IsRepaired() {
        String mangled = new String("Conceição".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(MailText.header(mangled)).isEqualTo("Conceição");
        assertThat(MailText.header("Ação")).isEqualTo("Ação");
    }

    @Test
    void encodedWordsWithUnknownCharsetAndLineBreaksAreDecoded() {
        assertThat(MailText.header("=?x-foo?Q?Solicita=E7=E3o?=")).isEqualTo("Solicitação");
        assertThat(MailText.header("=?UTF-8?Q?a=0D=0ABcc:_x?=")).isEqualTo("a Bcc: x");
    }

    @Test
    void htmlBecomesReadableText() {
        assertThat(HtmlText.toText("<html><head><title>t</title></head><body><p>Ol&aacute;,</p><ul><li>um</li>"
                + "<li>dois&#233;</li></ul>fim&nbsp;&amp;<br>nova</body></html>"))
                .isEqualTo("Olá,\n- um\n- doisé\nfim &\nnova");
    }
}
