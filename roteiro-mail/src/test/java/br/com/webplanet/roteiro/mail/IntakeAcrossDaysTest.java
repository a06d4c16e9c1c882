package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Contact;
import br.com.webplanet.roteiro.model.Customer;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Interaction;
import br.com.webplanet.roteiro.model.InteractionKind;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.Reopening;
import br.com.webplanet.roteiro.model.ServiceContract;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.StepResult;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The defects of issue #10 (items 2–8) and #15 (items 3 and 4), each against GreenMail and the real step. */
class IntakeAcrossDaysTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());
    private static final String CUSTOMER = "joao@cliente.com.br";
    private static final TicketId FIRST = new TicketId("G3-1");

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

    private MimeMessage firstRequest() throws Exception {
        MimeMessage m = Harness.mail(CUSTOMER, "Relatório de vendas não abre", "O relatório dá erro.");
        h.deliver(m);
        h.run();
        return m;
    }

    private MimeMessage replyTo(MimeMessage first, String text) throws Exception {
        MimeMessage reply = Harness.mail(CUSTOMER, "Re: [#G3-1] Relatório de vendas não abre", text);
        reply.setHeader("In-Reply-To", "<roteiro.G3-1.ack@webplanet.com.br>");
        reply.setHeader("References", first.getMessageID() + " <roteiro.G3-1.ack@webplanet.com.br>");
        reply.saveChanges();
        return reply;
    }

    private void conclude(TicketId id, Instant at) {
        Ticket t = h.tickets.get(id).orElseThrow();
        t = h.tickets.changeStatus(id, TicketStatus.CONCLUIDO, t.version(), null);
        h.tickets.putTicket(t.withStatus(TicketStatus.CONCLUIDO, at, t.version()));
    }

    // #10 item 2 ------------------------------------------------------------------------------------

    @Test
    void answerOnConcludedTicketWithinWindowReopensItWithNoteAndRecordsTheReopening() throws Exception {
        MimeMessage first = firstRequest();
        conclude(FIRST, h.clock.instant().minus(Duration.ofDays(3)));
        MimeMessage reply = replyTo(first, "Voltou a dar erro hoje.");
        h.deliver(reply);

        StepResult result = h.run();

        Ticket t = h.tickets.get(FIRST).orElseThrow();
        assertThat(t.status()).isEqualTo(TicketStatus.EM_ANALISE);
        assertThat(h.tickets.size()).isEqualTo(1);
        List<Interaction> history = h.tickets.interactions(FIRST, null);
        assertThat(history).anyMatch(i -> i.kind() == InteractionKind.CUSTOMER_MESSAGE && i.body().contains("Voltou a dar erro"));
        assertThat(history).anyMatch(i -> i.kind() == InteractionKind.INTERNAL_NOTE && i.body().contains("Reaberto pelo roteiro")
                && i.body().contains(CUSTOMER));
        Reopening r = h.journal.records(Handoffs.REOPENED_TICKETS, Reopening.class).get("G3-1");
        assertThat(r.at()).isEqualTo(h.clock.instant());
        assertThat(r.previous()).isEqualTo(TicketStatus.CONCLUIDO);
        assertThat(decisions().get(reply.getMessageID()).evidence()).contains("reaberto").contains("30 dia(s)");
        assertThat(result.counts()).containsEntry("reopened", 1L);
        assertThat(result.actions()).extracting(ActionRecord::kind).contains("ticket.reopen");

        h.run();   // nothing reopened twice
        assertThat(h.tickets.interactions(FIRST, null).stream().filter(i -> i.kind() == InteractionKind.INTERNAL_NOTE))
                .hasSize(1);
    }

    @Test
    void answerPastTheWindowOpensANewTicketLinkedToTheOldOne() throws Exception {
        MimeMessage first = firstRequest();
        conclude(FIRST, h.clock.instant().minus(Duration.ofDays(45)));
        MimeMessage reply = replyTo(first, "Preciso de ajuda de novo.");
        h.deliver(reply);

        h.run();

        assertThat(h.tickets.get(FIRST).orElseThrow().status()).isEqualTo(TicketStatus.CONCLUIDO);
        Ticket second = h.tickets.get(new TicketId("G3-2")).orElseThrow();
        assertThat(h.tickets.interactions(second.id(), null).get(0).body()).contains("Continuação do chamado G3-1")
                .contains("Preciso de ajuda de novo.");
        assertThat(h.tickets.get(FIRST).orElseThrow().links()).anyMatch(l -> l.url().toString().contains("G3-2"));
        MailDecision d = decisions().get(reply.getMessageID());
        assertThat(d.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(d.ticket()).isEqualTo(second.id());
        assertThat(d.evidence()).contains("além da janela");
    }

    @Test
    void aZeroWindowSwitchesReopeningOffEvenForATicketConcludedThisVeryMoment() throws Exception {
        h.configure(h.config.withIntake(h.config.intake().withReopenWindow(Duration.ZERO)));
        MimeMessage first = firstRequest();
        conclude(FIRST, h.clock.instant());
        MimeMessage reply = replyTo(first, "Ainda dá erro.");
        h.deliver(reply);

        h.run();

        assertThat(h.tickets.get(FIRST).orElseThrow().status()).isEqualTo(TicketStatus.CONCLUIDO);
        assertThat(h.journal.records(Handoffs.REOPENED_TICKETS, Reopening.class)).isEmpty();
        MailDecision d = decisions().get(reply.getMessageID());
        assertThat(d.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(d.ticket()).isEqualTo(new TicketId("G3-2"));
        assertThat(h.tickets.get(FIRST).orElseThrow().links()).anyMatch(l -> l.url().toString().contains("G3-2"));
    }

    @Test
    void answerOnCancelledTicketOpensANewLinkedTicket() throws Exception {
        MimeMessage first = firstRequest();
        Ticket t = h.tickets.get(FIRST).orElseThrow();
        h.tickets.changeStatus(FIRST, TicketStatus.CANCELADO, t.version(), null);
        h.deliver(replyTo(first, "Ainda preciso disso."));

        h.run();

        assertThat(h.tickets.get(FIRST).orElseThrow().status()).isEqualTo(TicketStatus.CANCELADO);
        assertThat(h.tickets.size()).isEqualTo(2);
    }

    // #10 item 3 ------------------------------------------------------------------------------------

    @Test
    void priorityIsInferredFromTheTextWithEvidenceInDecisionTicketAndReport() throws Exception {
        MimeMessage urgent = Harness.mail(CUSTOMER, "URGENTE: sistema fora do ar, todas as lojas paradas",
                "Ninguém consegue vender desde as 8h.");
        MimeMessage question = Harness.mail("ana@outra.com.br", "Dúvida sobre o relatório", "Como filtro por mês?");
        h.deliver(urgent);
        h.deliver(question);

        StepResult result = h.run();

        MailDecision u = decisions().get(urgent.getMessageID());
        Ticket ut = h.tickets.get(u.ticket()).orElseThrow();
        assertThat(ut.urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(ut.impact()).isEqualTo(Impact.VERY_HIGH);
        assertThat(u.priority().evidence()).anyMatch(e -> e.contains("urgente")).anyMatch(e -> e.contains("todas as lojas"));
        Ticket qt = h.tickets.get(decisions().get(question.getMessageID()).ticket()).orElseThrow();
        assertThat(qt.urgency()).isEqualTo(Urgency.MEDIUM);
        assertThat(decisions().get(question.getMessageID()).priority().evidence()).anyMatch(e -> e.contains("padrão"));
        assertThat(h.tickets.interactions(ut.id(), null).get(0).body()).contains("Prioridade sugerida pelo roteiro");
        assertThat(result.actions()).filteredOn(a -> a.kind().equals("ticket.open"))
                .anyMatch(a -> a.description().contains("urgência muito alta") && a.description().contains("«urgente»"));
    }

    @Test
    void contractTierAndConfiguredRulesRaisePriority() throws Exception {
        h.tickets.putCustomer(new Customer("C1", "Rede Ouro", null, List.of(new Contact("João", MailAddress.of(CUSTOMER),
                null, null)), new ServiceContract("ouro", Urgency.HIGH, Impact.HIGH)));
        h.configure(h.config.withIntake(h.config.intake().withPriorityRules(List.of(new PriorityRule(Optional.empty(),
                Optional.of("farmacia.com.br"), Optional.empty(), Optional.of(Urgency.VERY_HIGH), Optional.empty())))));
        MimeMessage gold = Harness.mail(CUSTOMER, "Pedido de relatório", "Podem enviar?");
        MimeMessage ruled = Harness.mail("caixa@farmacia.com.br", "Pergunta", "Tudo certo?");
        h.deliver(gold);
        h.deliver(ruled);

        h.run();

        MailDecision g = decisions().get(gold.getMessageID());
        assertThat(g.priority().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(g.priority().impact()).isEqualTo(Impact.HIGH);
        assertThat(g.priority().evidence()).anyMatch(e -> e.contains("contrato ouro de Rede Ouro"));
        MailDecision r = decisions().get(ruled.getMessageID());
        assertThat(h.tickets.get(r.ticket()).orElseThrow().urgency()).isEqualTo(Urgency.VERY_HIGH);
        assertThat(r.priority().evidence()).anyMatch(e -> e.contains("regra configurada (domínio farmacia.com.br)"));
    }

    // #10 item 4 ------------------------------------------------------------------------------------

    @Test
    void replyIsStoredWithoutQuotedThreadAndSignatureWithAReferenceThatSurvivesArchiving() throws Exception {
        MimeMessage first = firstRequest();
        MimeMessage reply = replyTo(first, "Segue o print do erro.\n\n-- \nJoão Ávila\nCliente Ltda\n\n"
                + "Em seg., 2 de mar. de 2026 às 09:00, Suporte <suporte@webplanet.com.br> escreveu:\n"
                + "> Recebemos sua solicitação\n> protocolo: G3-1\n");
        h.deliver(reply);

        h.run();

        String replyId = reply.getMessageID();
        Interaction stored = h.tickets.interactions(FIRST, null).stream()
                .filter(i -> replyId.equals(i.externalRef())).findFirst().orElseThrow();
        assertThat(stored.body()).contains("Segue o print do erro.").doesNotContain("Recebemos sua solicitação")
                .doesNotContain("Cliente Ltda").doesNotContain("escreveu:")
                .contains("Mensagem original completa: " + reply.getMessageID() + " na pasta Arquivo");
        List<String> archived = new java.util.ArrayList<>();
        for (jakarta.mail.Message m : h.folder("Arquivo")) {
            archived.add(((MimeMessage) m).getMessageID());
        }
        assertThat(archived).contains(replyId);
    }

    @Test
    void attachmentsAreReferredToByMessageIdAndFolderNotByAnImapUid() throws Exception {
        MimeMessage m = Harness.raw("From: " + CUSTOMER + "\nTo: " + TestMail.SUPPORT + "\nSubject: Segue a planilha\n"
                + "Message-ID: <anexo-1@cliente.com.br>\nDate: Mon, 2 Mar 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nsegue\n--b\n"
                + "Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"pedido.pdf\"\n\nPDF\n--b--\n");
        h.deliver(m);

        StepResult result = h.run();

        String body = h.tickets.interactions(FIRST, null).get(0).body();
        assertThat(body).contains("pedido.pdf").contains("parte 2 da mensagem <anexo-1@cliente.com.br> (pasta Arquivo)")
                .doesNotContain("imap://");
        assertThat(result.actions()).filteredOn(a -> a.kind().equals("ticket.open"))
                .allMatch(a -> a.description().contains("Decisão: nova solicitação"));
    }

    // #10 item 6 ------------------------------------------------------------------------------------

    @Test
    void colleaguesInCcJoinTheTicketAndTheirAnswerThreadsIntoIt() throws Exception {
        MimeMessage first = Harness.mail(CUSTOMER, "Erro na nota", "A nota não sai.");
        first.setHeader("Cc", "Maria <maria@cliente.com.br>, amigo@gmail.com, outro@fornecedor.com");
        first.saveChanges();
        h.deliver(first);
        h.run();

        Ticket t = h.tickets.get(FIRST).orElseThrow();
        assertThat(t.participants()).contains("joao@cliente.com.br", "maria@cliente.com.br")
                .doesNotContain("amigo@gmail.com", "outro@fornecedor.com");

        MimeMessage maria = Harness.mail("maria@cliente.com.br", "Re: [#G3-1] Erro na nota", "Aqui também acontece.");
        h.deliver(maria);
        h.run();

        assertThat(h.tickets.size()).isEqualTo(1);
        assertThat(decisions().get(maria.getMessageID()).disposition()).isEqualTo(MailDisposition.THREAD_REPLY);
    }

    // #10 item 7 ------------------------------------------------------------------------------------

    @Test
    void failingMessageIsQuarantinedAfterMaxAttemptsThenReplayedOnce() throws Exception {
        FaultyTickets faulty = new FaultyTickets(h.tickets);
        faulty.onOpen = t -> t.subject().startsWith("Veneno")
                ? new RemoteException("POST /tickets", 503, true, "indisponível", Map.of(), null) : null;
        MimeMessage poison = Harness.mail(CUSTOMER, "Veneno", "falha sempre");
        h.deliver(poison);

        StepResult one = h.run(faulty, false);
        assertThat(one.counts()).containsEntry("failed", 1L);
        assertThat(one.humanTasks()).anyMatch(t -> t.title().contains("tentativa 1 de 3"));
        h.deliver(Harness.mail("ana@outra.com.br", "Depois", "mensagem depois do veneno"));
        h.run(faulty, false);
        StepResult third = h.run(faulty, false);

        assertThat(third.counts()).containsEntry("quarantined", 1L);
        assertThat(decisions().get(poison.getMessageID()).evidence()).contains("3 execução(ões)").contains("503");
        assertThat(h.folder("Quarentena")).hasSize(1);
        assertThat(h.folder("INBOX")).isEmpty();
        assertThat(h.journal.state("triage:" + poison.getMessageID())).as("no pending intent left to reconcile")
                .isEqualTo(br.com.webplanet.roteiro.spi.Journal.EffectState.DONE);
        StepResult fourth = h.run(faulty, false);
        assertThat(fourth.counts()).doesNotContainKey("messages");

        faulty.onOpen = t -> null;
        MailReplay.Outcome replay = new MailReplay(h.config, h.imap, h.journal).replay(poison.getMessageID(), h.clock.instant());
        assertThat(replay.movedBack()).isTrue();
        assertThat(replay.from()).isEqualTo("Quarentena");
        StepResult after = h.run(faulty, false);

        assertThat(after.counts()).containsEntry("ticketsOpened", 1L);
        assertThat(decisions().get(poison.getMessageID()).disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(h.folder("Quarentena")).isEmpty();
        int tickets = h.tickets.size();
        h.run(faulty, false);
        assertThat(h.tickets.size()).isEqualTo(tickets);
    }

    @Test
    void replayOfAnArchivedMailDecidesItAgainButNeverDuplicatesItsTicket() throws Exception {
        MimeMessage m = firstRequest();
        MailReplay.Outcome replay = new MailReplay(h.config, h.imap, h.journal).replay(m.getMessageID(), h.clock.instant());
        assertThat(replay.generation()).isEqualTo(1);
        assertThat(replay.from()).isEqualTo("Arquivo");

        StepResult again = h.run();

        assertThat(again.counts()).containsEntry("messages", 1L).doesNotContainKey("alreadyDecided");
        assertThat(h.tickets.size()).isEqualTo(1);
        assertThat(h.receivedBy(CUSTOMER)).hasSize(1);
    }

    // #10 item 8 ------------------------------------------------------------------------------------

    @Test
    void sameMessageIdWithOtherContentIsADifferentMail() throws Exception {
        MimeMessage a = Harness.raw("From: " + CUSTOMER + "\nTo: " + TestMail.SUPPORT + "\nSubject: INC0010 aberto\n"
                + "Message-ID: <INC0010@servicenow.cliente.com.br>\nDate: Mon, 2 Mar 2026 09:00:00 +0000\n\nPrimeiro texto\n");
        h.deliver(a);
        h.run();
        MimeMessage b = Harness.raw("From: " + CUSTOMER + "\nTo: " + TestMail.SUPPORT + "\nSubject: INC0010 atualizado\n"
                + "Message-ID: <INC0010@servicenow.cliente.com.br>\nDate: Mon, 2 Mar 2026 10:30:00 +0000\n\nOutro texto\n");
        h.deliver(b);

        StepResult result = h.run();

        assertThat(result.counts()).doesNotContainKey("alreadyDecided");
        assertThat(decisions()).hasSize(2);
        MailDecision second = decisions().values().stream().filter(d -> d.messageId().contains("~")).findFirst().orElseThrow();
        assertThat(second.evidence()).contains("mesmo Message-ID <INC0010@servicenow.cliente.com.br>")
                .contains("conteúdo diferente");
        assertThat(second.subject()).isEqualTo("INC0010 atualizado");
        assertThat(h.tickets.size()).isEqualTo(2);

        h.deliver(Harness.raw("From: " + CUSTOMER + "\nTo: " + TestMail.SUPPORT + "\nSubject: INC0010 aberto\n"
                + "Message-ID: <INC0010@servicenow.cliente.com.br>\nDate: Mon, 2 Mar 2026 09:00:00 +0000\n\nPrimeiro texto\n"));
        StepResult copy = h.run();
        assertThat(copy.counts()).containsEntry("alreadyDecided", 1L);
        assertThat(h.tickets.size()).isEqualTo(2);
    }

    // #15 item 3 ------------------------------------------------------------------------------------

    @Test
    void g3storRefusingATicketEndsAsATaskAfterOneTry() throws Exception {
        String messageId = refusedOpenEndsAsATaskAfterOneTry(new RemoteException("POST /tickets", 422, false,
                "description too large", Map.of("description", "too large"), null));
        assertThat(decisions().get(messageId).evidence()).contains("G3stor recusou");
    }

    @Test
    void g3storRefusingATicketAsTheClientSaysItEndsAsATaskAfterOneTry() throws Exception {
        // #14: the G3stor client itself says a refused write did not happen (EffectNotPerformedException,
        // its cause G3stor's answer); the journal withdraws the intent and the mail still ends as one task
        refusedOpenEndsAsATaskAfterOneTry(new br.com.webplanet.roteiro.spi.EffectNotPerformedException(
                "POST /tickets refused", new RemoteException("POST /tickets", 422, false, "description too large",
                        Map.of("description", "too large"), null)));
    }

    /** A mail whose ticket G3stor refuses with {@code refusal}: one try, quarantined as a task; its Message-ID. */
    private String refusedOpenEndsAsATaskAfterOneTry(RuntimeException refusal) throws Exception {
        FaultyTickets faulty = new FaultyTickets(h.tickets);
        faulty.onOpen = t -> refusal;
        MimeMessage m = Harness.mail(CUSTOMER, "Enorme", "texto");
        h.deliver(m);

        StepResult first = h.run(faulty, false);

        assertThat(faulty.openCalls.get()).isEqualTo(1);
        assertThat(first.counts()).containsEntry("quarantined", 1L).doesNotContainKey("failed");
        assertThat(first.humanTasks()).anyMatch(t -> t.reason().contains("HTTP 422"));
        h.run(faulty, false);
        assertThat(faulty.openCalls.get()).isEqualTo(1);
        return m.getMessageID();
    }

    // #15 item 4 ------------------------------------------------------------------------------------

    @Test
    void acknowledgementEchoesNoUrlAndABoundedName() throws Exception {
        String spam = "Ganhe dinheiro em http://spam.example.ru/x?y=1 www.promo.biz ".repeat(120);
        MimeMessage m = Harness.raw("From: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                spam.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?= <vitima@forjado.com.br>\nTo: "
                + TestMail.SUPPORT + "\nSubject: oferta https://spam.example.ru/oferta\nMessage-ID: <spam-1@forjado.com.br>\n"
                + "Date: Mon, 2 Mar 2026 09:00:00 +0000\n\ntexto\n");
        h.deliver(m);

        h.run();

        List<MimeMessage> acks = h.receivedBy("vitima@forjado.com.br");
        assertThat(acks).hasSize(1);
        String body = (String) acks.get(0).getContent();
        assertThat(body).doesNotContain("http").doesNotContain("spam.example").doesNotContain("promo.biz");
        assertThat(acks.get(0).getSubject()).doesNotContain("http").doesNotContain("spam.example");
        assertThat(body.length()).isLessThan(2000);
    }

    @Test
    void noAcknowledgementWhenSpfOrDmarcFailedAndTheReasonIsEvidence() throws Exception {
        MimeMessage m = Harness.mail(CUSTOMER, "Pedido", "texto");
        m.setHeader("Authentication-Results", "mx.webplanet.com.br; spf=fail smtp.mailfrom=cliente.com.br; dmarc=fail");
        m.saveChanges();
        h.deliver(m);

        StepResult result = h.run();

        assertThat(h.tickets.size()).isEqualTo(1);
        assertThat(h.receivedBy(CUSTOMER)).isEmpty();
        assertThat(result.counts()).containsEntry("acksAuthFailed", 1L);
        assertThat(decisions().get(m.getMessageID()).evidence()).contains("spf=fail").contains("dmarc=fail");
    }

    @Test
    void perDomainAndGlobalBudgetsLimitAcknowledgements() throws Exception {
        h.configure(h.config.withAck(new AckConfig(true, 10, Duration.ofHours(3), 2, 3, true)));
        for (int i = 0; i < 3; i++) {
            h.deliver(Harness.mail("pessoa" + i + "@forjado.com.br", "Pedido " + i, "texto"));
        }
        h.deliver(Harness.mail("ana@outra.com.br", "Pedido A", "texto"));
        h.deliver(Harness.mail("bia@terceira.com.br", "Pedido B", "texto"));

        StepResult result = h.run();

        assertThat(result.counts()).containsEntry("ticketsOpened", 5L).containsEntry("acksSent", 3L)
                .containsEntry("acksRateLimited", 2L);
        assertThat(decisions().values()).anyMatch(d -> d.evidence().contains("por domínio"))
                .anyMatch(d -> d.evidence().contains("limite global"));
    }
}
