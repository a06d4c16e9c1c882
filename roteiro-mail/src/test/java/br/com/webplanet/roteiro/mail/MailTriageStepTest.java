package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.HandoffDocument;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailTriageStepTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());
    private static final String CUSTOMER = "joao@cliente.com.br";

    private Harness h;

    @BeforeEach
    void setUp() {
        h = new Harness(GREEN_MAIL);
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private Map<String, MailDecision> decisions() {
        return h.journal.records(Handoffs.MAIL_DECISIONS, MailDecision.class);
    }

    private Ticket onlyTicket() {
        assertThat(h.tickets.size()).isEqualTo(1);
        return h.tickets.get(new TicketId("G3-1")).orElseThrow();
    }

    @Test
    void newRequestOpensTicketAcknowledgesInPortugueseAndArchives() throws Exception {
        MimeMessage m = Harness.mail("João Ávila <" + CUSTOMER + ">", "Impressora não imprime", "A impressão falhou após atualização.");
        h.deliver(m);

        StepResult result = h.run();

        Ticket t = onlyTicket();
        assertThat(t.subject()).isEqualTo("Impressora não imprime");
        assertThat(t.hasParticipant(MailAddress.of(CUSTOMER))).isTrue();
        assertThat(h.tickets.interactions(t.id(), null).get(0).body()).contains("A impressão falhou após atualização.");
        assertThat(result.counts()).containsEntry("ticketsOpened", 1L).containsEntry("acksSent", 1L);
        assertThat(result.summary()).contains("1 chamado(s) aberto(s)");
        List<MimeMessage> acks = h.receivedBy(CUSTOMER);
        assertThat(acks).hasSize(1);
        MimeMessage ack = acks.get(0);
        assertThat(ack.getSubject()).isEqualTo("[#G3-1] Recebemos sua solicitação: Impressora não imprime");
        assertThat(ack.getMessageID()).isEqualTo("<roteiro.G3-1.ack@webplanet.com.br>");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo(m.getMessageID());
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat((String) ack.getContent()).contains("Olá, João Ávila!").contains("protocolo: G3-1")
                .contains("[ref:roteiro:G3-1]");
        assertThat(h.folder("INBOX")).isEmpty();
        assertThat(h.folder("Arquivo")).hasSize(1);
        assertThat(h.folder("Enviados")).hasSize(1);
        assertThat(decisions().get(m.getMessageID()).disposition()).isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void replyJoinsItsTicketByReferences() throws Exception {
        MimeMessage first = Harness.mail(CUSTOMER, "Erro no sistema", "Não consigo entrar.");
        h.deliver(first);
        h.run();

        MimeMessage reply = Harness.mail(CUSTOMER, "Re: Sem etiqueta nenhuma", "Segue o print.");
        reply.setHeader("References", first.getMessageID() + " <roteiro.G3-1.ack@webplanet.com.br>");
        reply.saveChanges();
        h.deliver(reply);
        StepResult result = h.run();

        Ticket t = onlyTicket();
        assertThat(result.counts()).containsEntry("repliesThreaded", 1L).doesNotContainKey("ticketsOpened");
        assertThat(h.tickets.interactions(t.id(), null)).extracting(i -> i.body()).anyMatch(b -> b.contains("Segue o print."));
        assertThat(decisions().get(reply.getMessageID()).evidence()).contains("References");
        assertThat(h.receivedBy(CUSTOMER)).hasSize(1);
    }

    @Test
    void replyJoinsByCustomersOwnMessageIdInInReplyTo() throws Exception {
        MimeMessage first = Harness.mail(CUSTOMER, "Pedido", "Primeira mensagem.");
        h.deliver(first);
        h.run();
        MimeMessage second = Harness.mail(CUSTOMER, "Outro assunto", "Complemento.");
        second.setHeader("In-Reply-To", first.getMessageID());
        second.saveChanges();
        h.deliver(second);

        h.run();

        assertThat(decisions().get(second.getMessageID()).ticket()).isEqualTo(new TicketId("G3-1"));
        assertThat(h.tickets.size()).isEqualTo(1);
    }

    @Test
    void subjectTagJoinsOnlyWhenTheSenderIsAParticipant() throws Exception {
        h.deliver(Harness.mail(CUSTOMER, "Pedido de orçamento", "Quanto custa?"));
        h.run();

        MimeMessage fromParticipant = Harness.mail(CUSTOMER, "Re: [#G3-1] Recebemos sua solicitação", "Mais detalhes.");
        MimeMessage fromStranger = Harness.mail("estranho@outro.com", "Re: [#G3-1] Recebemos sua solicitação", "Olá.");
        h.deliver(fromParticipant);
        h.deliver(fromStranger);
        h.run();

        assertThat(decisions().get(fromParticipant.getMessageID()).disposition()).isEqualTo(MailDisposition.THREAD_REPLY);
        assertThat(decisions().get(fromParticipant.getMessageID()).evidence()).contains("etiqueta [#G3-1]");
        MailDecision stranger = decisions().get(fromStranger.getMessageID());
        assertThat(stranger.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(stranger.evidence()).contains("não é participante");
        assertThat(h.tickets.size()).isEqualTo(2);
    }

    @Test
    void outOfOfficeReplyChangesNothing() throws Exception {
        h.deliver(Harness.mail(CUSTOMER, "Pedido", "Texto."));
        h.run();
        Ticket before = onlyTicket();
        int entries = h.tickets.interactions(before.id(), null).size();

        MimeMessage ooo = Harness.mail(CUSTOMER, "Resposta automática: [#G3-1] Recebemos sua solicitação",
                "Estou em férias até segunda-feira.");
        ooo.setHeader("Auto-Submitted", "auto-replied");
        ooo.setHeader("In-Reply-To", "<roteiro.G3-1.ack@webplanet.com.br>");
        ooo.saveChanges();
        h.deliver(ooo);
        StepResult result = h.run();

        Ticket after = onlyTicket();
        assertThat(after).isEqualTo(before);
        assertThat(h.tickets.interactions(after.id(), null)).hasSize(entries);
        assertThat(result.counts()).containsEntry("automaticIgnored", 1L).doesNotContainKey("acksSent");
        MailDecision d = decisions().get(ooo.getMessageID());
        assertThat(d.disposition()).isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
        assertThat(d.evidence()).startsWith("Auto-Submitted: auto-replied");
        assertThat(h.receivedBy(CUSTOMER)).hasSize(1);
    }

    @Test
    void bounceIsAttachedToItsTicketAndFlagsTheContact() throws Exception {
        h.tickets.putCustomer(new Customer("C1", "Cliente Ltda", null,
                List.of(new Contact("João", MailAddress.of(CUSTOMER), null, null))));
        h.deliver(Harness.mail(CUSTOMER, "Pedido", "Texto."));
        h.run();

        h.deliver(Hostile.dsn(CUSTOMER, "<roteiro.G3-1.ack@webplanet.com.br>"));
        StepResult result = h.run();

        assertThat(h.tickets.size()).isEqualTo(1);
        assertThat(result.counts()).containsEntry("bounces", 1L).containsEntry("contactsFlagged", 1L);
        assertThat(h.tickets.interactions(new TicketId("G3-1"), null)).extracting(i -> i.kind())
                .contains(InteractionKind.BOUNCE);
        assertThat(h.tickets.customer("C1").orElseThrow().contacts().get(0).flagged()).isTrue();
    }

    @Test
    void messageWithoutMessageIdIsTakenOnceAcrossTwoRuns() throws Exception {
        h.configure(h.config.withIntake(h.config.intake().withArchive(Optional.empty())));
        h.deliver(Hostile.noMessageId());
        h.run();
        h.journal.checkpoint("imap:INBOX").put("1:0");

        StepResult second = h.run();

        assertThat(h.tickets.size()).isEqualTo(1);
        assertThat(second.counts()).containsEntry("alreadyDecided", 1L).containsEntry("fullRescans", 1L);
        assertThat(h.receivedBy("semid@cliente.com.br")).hasSize(1);
        Message left = h.folder("INBOX").get(0);
        assertThat(left.getFlags().contains(h.config.intake().processedFlag())).isTrue();
    }

    @Test
    void mailAHumanAlreadyReadIsStillTakenIn() throws Exception {
        MimeMessage m = Harness.mail(CUSTOMER, "Já lido", "Alguém abriu antes.");
        m.setFlag(Flags.Flag.SEEN, true);
        h.deliver(m);
        var inbox = h.imap.folder("INBOX", jakarta.mail.Folder.READ_WRITE, false);
        inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), true);
        inbox.close(false);

        h.run();

        assertThat(h.tickets.size()).isEqualTo(1);
    }

    @Test
    void secondRunWithNoNewMailDoesNothing() throws Exception {
        h.configure(h.config.withIntake(h.config.intake().withArchive(Optional.empty())));
        h.deliver(Harness.mail(CUSTOMER, "Pedido", "Texto."));
        h.run();

        StepResult again = h.run();

        assertThat(again.status()).isEqualTo(StepStatus.NOTHING_TO_DO);
        assertThat(again.counts()).doesNotContainKey("messages");
        assertThat(h.tickets.size()).isEqualTo(1);
    }

    @Test
    void mailWithoutSenderIsQuarantinedWithItsReason() throws Exception {
        h.deliver(Hostile.noFrom());
        h.deliver(Harness.mail(CUSTOMER, "Depois do problema", "Esta deve passar."));

        StepResult result = h.run();

        assertThat(result.counts()).containsEntry("quarantined", 1L).containsEntry("ticketsOpened", 1L);
        assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(result.humanTasks()).anySatisfy(t -> assertThat(t.reason()).contains("sem remetente"));
        assertThat(h.folder("Quarentena")).hasSize(1);
        assertThat(h.folder("INBOX")).isEmpty();
    }

    @Test
    void romaneioAttachmentIsHandedToTextura() throws Exception {
        h.configure(h.config.withRoutes(new AttachmentRoute(List.of("@transportadora.com.br"),
                List.of("romaneio.*\\.(pdf|xlsx|csv)")), AttachmentRoute.none()));
        MimeMessage m = Harness.mail("logistica@transportadora.com.br", "Romaneio 4512", "Segue.");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Segue o romaneio.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent("numero;cliente\n4512;Loja".getBytes(), "text/csv");
        file.setFileName("romaneio_4512.csv");
        m.setContent(new MimeMultipart(text, file));
        m.saveChanges();
        h.deliver(m);

        StepResult result = h.run();

        Map<String, HandoffDocument> docs = h.journal.records(Handoffs.ROMANEIO_INBOX, HandoffDocument.class);
        assertThat(docs).hasSize(1);
        HandoffDocument doc = docs.values().iterator().next();
        assertThat(doc.fileName()).isEqualTo("romaneio_4512.csv");
        assertThat(new String(doc.content())).contains("4512;Loja");
        assertThat(result.counts()).containsEntry("romaneios", 1L);
        assertThat(h.tickets.size()).isZero();
    }

    @Test
    void acknowledgementsAreRateLimitedPerAddress() throws Exception {
        h.configure(h.config.withAck(new AckConfig(true, 2, Duration.ofHours(3))));
        for (int i = 1; i <= 4; i++) {
            h.deliver(Harness.mail("robo@cliente.com.br", "Alerta " + i, "Disco cheio " + i));
        }

        StepResult result = h.run();

        assertThat(result.counts()).containsEntry("ticketsOpened", 4L).containsEntry("acksSent", 2L)
                .containsEntry("acksRateLimited", 2L);
        assertThat(h.receivedBy("robo@cliente.com.br")).hasSize(2);
    }

    @Test
    void noReplyAndOwnAddressesAreNeverAcknowledged() throws Exception {
        h.deliver(Harness.mail("no-reply@loja.com.br", "Seu pedido", "Pedido enviado."));
        h.deliver(Harness.mail("outro@webplanet.com.br", "Interno", "Nota."));

        StepResult result = h.run();

        assertThat(result.counts()).containsEntry("ticketsOpened", 1L).containsEntry("automaticIgnored", 1L)
                .doesNotContainKey("acksSent");
        assertThat(h.receivedBy("no-reply@loja.com.br")).isEmpty();
        assertThat(h.receivedBy("outro@webplanet.com.br")).isEmpty();
    }

    @Test
    void severalFoldersAreReadEachWithItsOwnCheckpoint() throws Exception {
        h.configure(h.config.withIntake(h.config.intake().withFolders(List.of("INBOX", "Comercial"))));
        h.deliver(Harness.mail(CUSTOMER, "Na caixa de entrada", "Texto."));
        var comercial = h.imap.store().getFolder("Comercial");
        comercial.create(jakarta.mail.Folder.HOLDS_MESSAGES);
        comercial.appendMessages(new Message[] {Harness.mail("maria@loja.com.br", "Orçamento", "Preço?")});

        StepResult result = h.run();

        assertThat(result.counts()).containsEntry("ticketsOpened", 2L);
        assertThat(h.journal.checkpoint("imap:INBOX").get()).isPresent();
        assertThat(h.journal.checkpoint("imap:Comercial").get()).isPresent();
        assertThat(decisions().values()).extracting(MailDecision::subject).contains("Orçamento", "Na caixa de entrada");
    }

    @Test
    void dryRunPlansButChangesNothing() throws Exception {
        h.deliver(Harness.mail(CUSTOMER, "Pedido", "Texto."));

        StepResult result = h.run(h.tickets, true);

        assertThat(result.actions()).allMatch(a -> a.planned()).isNotEmpty();
        assertThat(h.tickets.size()).isZero();
        assertThat(h.folder("INBOX")).hasSize(1);
        assertThat(h.receivedBy(CUSTOMER)).isEmpty();
    }
}
