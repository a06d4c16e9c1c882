package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailClassifierTest {
    private static final MailConfig CONFIG = new MailConfig(
            ServerConfig.of("imap.x.com").withLogin("u", Secret.of("p")), ServerConfig.of("smtp.x.com"),
            "suporte@webplanet.com.br", null, Optional.empty(),
            IntakeConfig.defaults().withOwn(List.of("vendas@webplanet.com.br"), List.of("webplanet.com.br")),
            new AttachmentRoute(List.of("@transportadora.com.br"), List.of("romaneio.*\\.pdf")),
            new AttachmentRoute(List.of("cadastro@textura.com.br"), List.of(".*\\.xlsx")), null, null);
    private final MailClassifier classifier = new MailClassifier(CONFIG);

    /** Ticket G3-7 exists with participant joao@cliente.com.br; {@code <orig-7@cliente.com.br>} belongs to it. */
    private final ThreadLookup lookup = new ThreadLookup() {
        @Override
        public Optional<TicketId> ticketForMessageId(String id) {
            return Map.of("<orig-7@cliente.com.br>", new TicketId("G3-7")).entrySet().stream()
                    .filter(e -> e.getKey().equals(id)).map(Map.Entry::getValue).findFirst();
        }

        @Override
        public boolean exists(TicketId t) {
            return t.value().equals("G3-7");
        }

        @Override
        public boolean isParticipant(TicketId t, MailAddress a) {
            return exists(t) && Set.of("joao@cliente.com.br").contains(a.normalized());
        }

        @Override
        public boolean isCustomer(MailAddress a) {
            return a.domain().equals("cliente.com.br");
        }
    };

    private Classification classify(String headers, String body) throws Exception {
        ParsedMail mail = new MessageReader(Instant.EPOCH).read(Harness.raw(headers + "\n" + body), "INBOX", 1);
        return classifier.classify(mail, lookup);
    }

    private static final String CUSTOMER = "From: joao@cliente.com.br\nTo: suporte@webplanet.com.br\nMessage-ID: <m1@cliente.com.br>\n";

    @Test
    void plainRequestIsNewTicketToAcknowledge() throws Exception {
        Classification c = classify(CUSTOMER + "Subject: Ajuda\n", "texto");
        assertThat(c.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(c.acknowledge()).isTrue();
    }

    @Test
    void ourMessageIdInReferencesMakesAReply() throws Exception {
        Classification c = classify(CUSTOMER + "Subject: x\nReferences: <a@b> <roteiro.G3-7.ack@webplanet.com.br>\n", "x");
        assertThat(c.disposition()).isEqualTo(MailDisposition.THREAD_REPLY);
        assertThat(c.ticket()).isEqualTo(new TicketId("G3-7"));
        assertThat(c.evidence()).contains("<roteiro.G3-7.ack@webplanet.com.br>");
    }

    @Test
    void messageIdOfAnotherDomainIsNotOurs() throws Exception {
        Classification c = classify(CUSTOMER + "Subject: x\nIn-Reply-To: <roteiro.G3-7.ack@falso.com>\n", "x");
        assertThat(c.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void customersOwnEarlierMessageMakesAReply() throws Exception {
        assertThat(classify(CUSTOMER + "Subject: x\nIn-Reply-To: <orig-7@cliente.com.br>\n", "x").ticket())
                .isEqualTo(new TicketId("G3-7"));
    }

    @Test
    void hiddenMarkerInQuotedBodyMakesAReply() throws Exception {
        Classification c = classify(CUSTOMER + "Subject: sem etiqueta\n", "Oi\n> texto antigo [ref:roteiro:G3-7]");
        assertThat(c.disposition()).isEqualTo(MailDisposition.THREAD_REPLY);
        assertThat(c.evidence()).contains("marcador");
    }

    @Test
    void subjectTagCountsOnlyForParticipants() throws Exception {
        assertThat(classify(CUSTOMER + "Subject: Re: [#G3-7] Oi\n", "x").disposition()).isEqualTo(MailDisposition.THREAD_REPLY);
        Classification stranger = classify("From: maria@outra.com.br\nSubject: Re: [#G3-7] Oi\n", "x");
        assertThat(stranger.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(classify(CUSTOMER + "Subject: Re: [#G3-99] Oi\n", "x").disposition()).isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void rfc3834AndVendorHeadersMakeMailAutomatic() throws Exception {
        for (String header : List.of("Auto-Submitted: auto-replied", "Auto-Submitted: auto-generated", "Precedence: bulk",
                "Precedence: junk", "Precedence: list", "X-Auto-Response-Suppress: All", "X-Autoreply: yes",
                "X-Autorespond: yes")) {
            Classification c = classify(CUSTOMER + "Subject: x\n" + header + "\nIn-Reply-To: <roteiro.G3-7.ack@webplanet.com.br>\n", "x");
            assertThat(c.disposition()).as(header).isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
            assertThat(c.acknowledge()).isFalse();
        }
        assertThat(classify(CUSTOMER + "Subject: x\nAuto-Submitted: no\n", "x").disposition()).isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void listMailIsAutomaticOnlyFromNonCustomers() throws Exception {
        assertThat(classify("From: news@loja.com\nSubject: x\nList-Unsubscribe: <mailto:u@loja.com>\n", "x").disposition())
                .isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
        assertThat(classify(CUSTOMER + "Subject: x\nList-Id: <lista.cliente.com.br>\n", "x").disposition())
                .isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void autoReplySubjectAloneNeverDecides() throws Exception {
        // #10: "Ausência de boleto…" and "Fora do escritório…" requests were ignored on the subject alone
        for (String s : List.of("Ausência de boleto na fatura de março", "Fora do escritório o sistema não abre",
                "Resposta automática: Oi", "Automatic reply: x", "Out of Office: x")) {
            Classification c = classify(CUSTOMER + "Subject: " + s + "\n", "x");
            assertThat(c.disposition()).as(s).isEqualTo(MailDisposition.NEW_TICKET);
            assertThat(c.evidence()).as(s).contains("nenhum cabeçalho confirma");
        }
    }

    @Test
    void autoReplySubjectCorroboratesAHeader() throws Exception {
        Classification c = classify(CUSTOMER + "Subject: Fora do escritório\nX-Autoreply: yes\n", "x");
        assertThat(c.disposition()).isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
        assertThat(c.evidence()).contains("X-Autoreply: yes").contains("corrobora");
        Classification exchange = classify(CUSTOMER + "Subject: Resposta automática: x\nX-MS-Exchange-Inbox-Rules-Loop: "
                + "joao@cliente.com.br\n", "x");
        assertThat(exchange.disposition()).isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
        assertThat(exchange.evidence()).contains("X-MS-Exchange-Inbox-Rules-Loop");
    }

    @Test
    void nullReturnPathWithoutDeliveryReportIsNotABounce() throws Exception {
        // #10 item 1: a null return path alone made a bounce (and a "From: <>" spam with it)
        Classification c = classify(CUSTOMER + "Return-Path: <>\nSubject: falha\n", "x");
        assertThat(c.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        Classification spam = classify("From: <>\nReturn-Path: <>\nSubject: ganhe dinheiro\n", "x");
        assertThat(spam.disposition()).isEqualTo(MailDisposition.QUARANTINED);
        assertThat(spam.evidence()).contains("não é aviso de não entrega");
    }

    @Test
    void deliveryReportFindsTheTicketOfTheBouncedMail() throws Exception {
        ParsedMail mail = new MessageReader(Instant.EPOCH).read(Hostile.dsn("joao@cliente.com.br",
                "<roteiro.G3-7.ack@webplanet.com.br>"), "INBOX", 1);
        Classification c = classifier.classify(mail, lookup);
        assertThat(c.disposition()).isEqualTo(MailDisposition.BOUNCE);
        assertThat(c.ticket()).isEqualTo(new TicketId("G3-7"));
        assertThat(mail.report().failedRecipients()).containsExactly("joao@cliente.com.br");
        assertThat(c.evidence()).contains("550 5.1.1");
    }

    @Test
    void ourOwnAddressesAndDomainsAreNeverTickets() throws Exception {
        assertThat(classify("From: vendas@webplanet.com.br\nSubject: x\n", "x").disposition())
                .isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
        assertThat(classify("From: alguem@WEBPLANET.com.br\nSubject: x\n", "x").disposition())
                .isEqualTo(MailDisposition.AUTOMATIC_IGNORED);
    }

    @Test
    void noReplySendersOpenATicketButAreNotAcknowledged() throws Exception {
        Classification c = classify("From: no-reply@banco.com.br\nSubject: Boleto\n", "x");
        assertThat(c.disposition()).isEqualTo(MailDisposition.NEW_TICKET);
        assertThat(c.acknowledge()).isFalse();
    }

    @Test
    void romaneioFromConfiguredSenderWithMatchingAttachment() throws Exception {
        String mail = "From: log@transportadora.com.br\nSubject: rom\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n";
        String body = "--b\nContent-Type: text/plain\n\nsegue\n--b\nContent-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename=\"Romaneio-881.pdf\"\n\nPDF\n--b--\n";
        Classification c = classify(mail, body);
        assertThat(c.disposition()).isEqualTo(MailDisposition.ROMANEIO);
        assertThat(c.documents()).extracting(d -> d.ref().fileName()).containsExactly("Romaneio-881.pdf");
        assertThat(classify(mail.replace("transportadora", "outra"), body).disposition()).isEqualTo(MailDisposition.NEW_TICKET);
    }

    @Test
    void architectSpreadsheet() throws Exception {
        String mail = "From: cadastro@textura.com.br\nSubject: arq\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n";
        String body = "--b\nContent-Type: application/vnd.ms-excel\nContent-Disposition: attachment; filename=arquitetos.xlsx\n\nX\n--b--\n";
        assertThat(classify(mail, body).disposition()).isEqualTo(MailDisposition.ARCHITECTS);
    }

    @Test
    void missingSenderIsQuarantined() throws Exception {
        assertThat(classify("Subject: x\n", "x").disposition()).isEqualTo(MailDisposition.QUARANTINED);
    }
}
