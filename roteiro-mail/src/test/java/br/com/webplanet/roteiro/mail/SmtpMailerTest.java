package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.MailerContract;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerTest extends MailerContract {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    private ImapConnection imap;

    @Override
    protected Mailer mailer() {
        TestMail.createSupportUser(GREEN_MAIL);
        MailConfig config = TestMail.config(GREEN_MAIL);
        imap = new ImapConnection(config, MailAuth.passwordsOnly());
        return new SmtpMailer(config, imap, MailAuth.passwordsOnly(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        imap.stop();
    }

    @Override
    protected List<String> receivedMessageIds(String address) throws Exception {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : GREEN_MAIL.getReceivedMessages()) {
            for (var r : m.getRecipients(Message.RecipientType.TO)) {
                if (r.toString().contains(address)) {
                    ids.add(m.getMessageID());
                }
            }
        }
        return ids;
    }

    @Test
    void threadingHeadersAndAccentsArriveIntact() throws Exception {
        mailer.send(new OutgoingMail(List.of(new MailAddress("Conceição", "ana@cliente.com.br")),
                "[#G3-9] Ação necessária", "Olá, ação concluída.", null, "<roteiro.G3-9.ack@webplanet.com.br>",
                "<a@cliente.com.br>", List.of("<z@cliente.com.br>", "<a@cliente.com.br>"),
                Map.of("Auto-Submitted", "auto-replied"), null));

        MimeMessage got = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(got.getSubject()).isEqualTo("[#G3-9] Ação necessária");
        assertThat(got.getHeader("In-Reply-To", null)).isEqualTo("<a@cliente.com.br>");
        assertThat(got.getHeader("References", " ")).contains("<z@cliente.com.br>").contains("<a@cliente.com.br>");
        assertThat(got.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(((String) got.getContent()).trim()).isEqualTo("Olá, ação concluída.");
    }

    @Test
    void structuralHeadersCannotBeInjectedThroughExtraHeaders() {
        OutgoingMail mail = new OutgoingMail(List.of(MailAddress.of("ana@cliente.com.br")), "Oi", "x", null,
                "<roteiro.G3-1.x@webplanet.com.br>", null, List.of(), Map.of("Bcc", "todos@x.com"), null);

        assertThatThrownBy(() -> mailer.send(mail)).hasMessageContaining("Bcc");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }
}
