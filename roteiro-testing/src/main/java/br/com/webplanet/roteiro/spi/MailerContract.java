package br.com.webplanet.roteiro.spi;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.model.TicketId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Mailer} must do. */
public abstract class MailerContract {
    protected Mailer mailer;

    protected abstract Mailer mailer() throws Exception;

    /** Message-IDs the recipient {@code address} received, as the receiving side saw them. */
    protected abstract List<String> receivedMessageIds(String address) throws Exception;

    @BeforeEach
    void createMailer() throws Exception {
        mailer = mailer();
    }

    @Test
    void sentMessageKeepsOurMessageIdAndCanBeFoundAgain() throws Exception {
        OutgoingMail mail = new OutgoingMail(List.of(new MailAddress("João Ávila", "joao@cliente.com.br")),
                "[#G3-7] Recebemos sua solicitação", "Olá João, recebemos sua solicitação.", null,
                "<roteiro.G3-7.ack@suporte.webplanet.com.br>", "<orig@cliente.com.br>",
                List.of("<orig@cliente.com.br>"), Map.of("Auto-Submitted", "auto-replied"), new TicketId("G3-7"));

        SentMail sent = mailer.send(mail);

        assertThat(sent.messageId()).isEqualTo("<roteiro.G3-7.ack@suporte.webplanet.com.br>");
        assertThat(receivedMessageIds("joao@cliente.com.br")).contains("<roteiro.G3-7.ack@suporte.webplanet.com.br>");
        assertThat(mailer.findSent("<roteiro.G3-7.ack@suporte.webplanet.com.br>")).isPresent();
        assertThat(mailer.findSent("<never-sent@suporte.webplanet.com.br>")).isEmpty();
        assertThat(mailer.from()).isNotNull();
    }
}
