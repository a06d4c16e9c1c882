package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.testing.ImapProxy;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketQuery;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #17: intake's IMAP commands for n new messages stay within constant + 3 × ⌈n / fetch-chunk⌉ (headers
 * and structure, text bodies, flagging — per chunk, nothing per message), counted by a TCP proxy between
 * intake and GreenMail; and 1 MB attachments never cross the network.
 */
class ImapCommandCountTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());
    private static final int CONSTANT = 10;

    @Test
    void commandsArePerChunkNotPerMessageAndAttachmentsStayOnTheServer() throws Exception {
        int n = 130;
        int chunk = 50;
        int withAttachment = 3;
        int writeEvery = 100;   // two chunks: flagged after the second, then the last 30 at the end
        try (ImapProxy proxy = new ImapProxy(GREEN_MAIL.getImap().getPort());
             Harness h = new Harness(GREEN_MAIL)) {
            MailConfig base = TestMail.config(GREEN_MAIL);
            h.configure(TestMail.viaProxy(base, proxy.port(),
                    base.intake().withArchive(Optional.empty()).withFetchChunk(chunk).withWriteEvery(writeEvery)));
            for (int i = 0; i < n; i++) {
                h.deliver(message(i, i < withAttachment ? 1024 * 1024 : 0));
            }

            StepResult result = h.run();

            assertThat(h.tickets.size()).as(result.counts().toString()).isEqualTo(n);
            long chunks = (n + chunk - 1) / chunk;
            System.out.printf("%d new messages, chunks of %d: %d IMAP commands, %d bytes from the server%n%s%n", n, chunk,
                    proxy.commands.get(), proxy.serverBytes.get(), String.join("\n", proxy.commandLines()));
            assertThat(proxy.commands.get()).as("IMAP commands for %d new messages in chunks of %d:\n%s", n, chunk,
                    String.join("\n", proxy.commandLines())).isLessThanOrEqualTo(CONSTANT + 3 * chunks);
            assertThat(proxy.serverBytes.get()).as("bytes from the server (3 × 1 MB attachments must not be among them)")
                    .isLessThan(1024 * 1024);
            // one STORE per write-every messages and one at the end, each silent: the server does not answer it
            // with the flags of every message
            assertThat(proxy.commandLines()).filteredOn(l -> l.contains("STORE")).hasSize(2)
                    .allMatch(l -> l.matches("\\S+ UID STORE [0-9:,]+ \\+FLAGS\\.SILENT \\(roteiro-processado\\)"));
            assertThat(h.countFlagged("INBOX", "roteiro-processado")).isEqualTo(n);
            assertThat(h.countFlagged("INBOX", "roteiro-outro")).as("the search tells keywords apart").isZero();
            Ticket first = h.tickets.search(TicketQuery.all()).filter(t -> t.subject().equals("Pedido nº 0"))
                    .findFirst().orElseThrow();
            assertThat(h.tickets.interactions(first.id(), null).get(0).body())
                    .contains("precisa de revisão").contains("planta-0.pdf");

            proxy.reset();
            for (int i = n; i < n + 5; i++) {
                h.deliver(message(i, 0));
            }
            h.run();
            assertThat(proxy.commands.get()).as("5 more messages, one chunk:\n%s", String.join("\n", proxy.commandLines()))
                    .isLessThanOrEqualTo(CONSTANT + 3);
        }
    }

    private static MimeMessage message(int i, int attachmentBytes) throws Exception {
        MimeMessage m = new MimeMessage(Harness.LOCAL);
        m.setFrom(new InternetAddress("cliente" + i + "@cliente.com.br"));
        m.setRecipients(Message.RecipientType.TO, TestMail.SUPPORT);
        m.setSubject("Pedido nº " + i, "UTF-8");
        String text = "Olá, a instalação da loja " + i + " precisa de revisão.\n";
        if (attachmentBytes == 0) {
            m.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            byte[] bytes = new byte[attachmentBytes];
            new Random(i).nextBytes(bytes);
            file.setContent(bytes, "application/pdf");
            file.setFileName("planta-" + i + ".pdf");
            m.setContent(new MimeMultipart(body, file));
        }
        m.saveChanges();
        return m;
    }
}
