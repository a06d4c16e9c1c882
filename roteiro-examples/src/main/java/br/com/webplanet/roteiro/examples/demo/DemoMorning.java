package br.com.webplanet.roteiro.examples.demo;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The support mailbox of a realistic morning, in pt-BR: two new requests (one HTML-only), a
 * customer's reply to an open ticket, an out-of-office, a bounce of a mail we sent, a romaneio
 * (NF-e XML) and the architects' spreadsheet from client Textura.
 */
final class DemoMorning {
    static final String SUPPORT = "suporte@webplanet.com.br";
    private static final Session SESSION = Session.getInstance(new Properties());

    private DemoMorning() {}

    static List<MimeMessage> messages(Instant now) {
        try {
            List<MimeMessage> mail = new ArrayList<>();
            mail.add(text("Carla Menezes <compras@construtorahorizonte.com.br>", "Erro ao gerar boleto do pedido 7731",
                    "<c1.7731@construtorahorizonte.com.br>", now.minusSeconds(5 * 3600),
                    "Bom dia,\n\nAo gerar o boleto do pedido 7731 o sistema mostra \"Falha na comunicação com o banco\".\n"
                            + "Precisamos pagar até amanhã. Podem verificar com urgência?\n\nObrigada,\nCarla Menezes\n"
                            + "Construtora Horizonte"));
            mail.add(html("Roberto Lima <roberto@lojassol.com.br>", "Dúvida: exportação do relatório de comissões",
                    "<r2.comissoes@lojassol.com.br>", now.minusSeconds(4 * 3600),
                    "<html><body><p>Olá, equipe!</p><p>Como faço para exportar o <b>relatório de comissões</b> "
                            + "por vendedor em planilha? Não encontrei a opção na tela nova.</p>"
                            + "<p>Att.,<br>Roberto Lima<br>Lojas Sol Materiais de Construção</p></body></html>"));
            MimeMessage reply = text("Maria Souza <maria.souza@moveisacai.com.br>",
                    "Re: [#G3-1002] Integração com marketplace parou", "<m3.reply@moveisacai.com.br>",
                    now.minusSeconds(3 * 3600), "Bom dia! Segue o print do erro que pediram: \"token expirado\" "
                            + "aparece às 6h. Já renovamos a senha do marketplace ontem.\n\nMaria");
            reply.setHeader("In-Reply-To", "<roteiro.G3-1002.reply.1@webplanet.com.br>");
            reply.setHeader("References", "<roteiro.G3-1002.ack@webplanet.com.br> <roteiro.G3-1002.reply.1@webplanet.com.br>");
            mail.add(reply);
            MimeMessage away = text("Contato Ateliê Jabuticaba <contato@ateliejabuticaba.com.br>",
                    "Resposta automática: Ausente do escritório", "<oof.4@ateliejabuticaba.com.br>",
                    now.minusSeconds(2 * 3600), "Estou em férias até 05/01 com acesso limitado ao e-mail. "
                            + "Para assuntos urgentes, ligue (11) 3333-4444.");
            away.setHeader("Auto-Submitted", "auto-replied");
            away.setHeader("X-Autoreply", "yes");
            mail.add(away);
            mail.add(bounce(now.minusSeconds(90 * 60)));
            mail.add(attachment("Logística Textura <logistica@texturarevestimentos.com.br>",
                    "Romaneio NF-e 4521 - Construtora Horizonte", "<t5.nfe4521@texturarevestimentos.com.br>",
                    now.minusSeconds(60 * 60), "Segue o XML da NF-e 4521 para lançamento do romaneio.\n\nLogística Textura",
                    "NFe35261111222333000181550010000045211234567890.xml", "application/xml", resource("nfe-4521.xml")));
            mail.add(attachment("Cadastro Textura <cadastro@texturarevestimentos.com.br>",
                    "Planilha atualizada de arquitetos", "<t6.arquitetos@texturarevestimentos.com.br>",
                    now.minusSeconds(30 * 60), "Olá! Segue a planilha de arquitetos com as alterações da semana.",
                    "arquitetos.csv", "text/csv; charset=UTF-8", resource("arquitetos.csv")));
            return List.copyOf(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("the demo mailbox could not be built", e);
        }
    }

    private static MimeMessage base(String from, String subject, String messageId, Instant at)
            throws MessagingException {
        MimeMessage m = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, SUPPORT);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(at));
        m.setHeader("Message-ID", messageId);
        return m;
    }

    private static MimeMessage text(String from, String subject, String id, Instant at, String body)
            throws MessagingException {
        MimeMessage m = base(from, subject, id, at);
        m.setText(body, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeMessage html(String from, String subject, String id, Instant at, String body)
            throws MessagingException {
        MimeMessage m = base(from, subject, id, at);
        m.setContent(body, "text/html; charset=UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeMessage attachment(String from, String subject, String id, Instant at, String body,
                                          String fileName, String type, byte[] content) throws MessagingException {
        MimeMessage m = base(from, subject, id, at);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(fileName);
        m.setContent(new MimeMultipart(text, file));
        m.saveChanges();
        return m;
    }

    /** A DSN for a status update we sent on ticket G3-1001 to an address that no longer exists. */
    private static MimeMessage bounce(Instant at) throws MessagingException {
        MimeMessage m = base("Mail Delivery System <MAILER-DAEMON@mx.lojassol.com.br>",
                "Undelivered Mail Returned to Sender", "<dsn.5@mx.lojassol.com.br>", at);
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Não foi possível entregar sua mensagem para financeiro@lojassol.com.br: "
                + "550 5.1.1 usuário desconhecido.", "UTF-8");
        MimeBodyPart status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.lojassol.com.br\r\n\r\nFinal-Recipient: rfc822; "
                + "financeiro@lojassol.com.br\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n", "message/delivery-status");
        MimeBodyPart original = new MimeBodyPart();
        original.setContent("From: Suporte <" + SUPPORT + ">\r\nTo: financeiro@lojassol.com.br\r\n"
                + "Subject: [#G3-1001] Atualização do seu chamado\r\n"
                + "Message-ID: <roteiro.G3-1001.status-update.1@webplanet.com.br>\r\n", "text/rfc822-headers");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status", human, status, original);
        m.setContent(report);
        m.saveChanges();
        m.setHeader("Return-Path", "<>");
        return m;
    }

    static byte[] resource(String name) {
        try (InputStream in = DemoMorning.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }
}
