package br.com.webplanet.roteiro.examples.simulate;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * The mail customers send, as raw RFC 5322 text (so every header is exactly what a real client writes):
 * new requests in varied pt-BR with and without urgency cues, replies threaded by headers, by the subject
 * tag only or with the quoted thread, out-of-office answers and delivery reports (bounces).
 */
final class CustomerMails {
    static final String SUPPORT = "suporte@webplanet.com.br";
    private static final DateTimeFormatter RFC_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm", Locale.ROOT);
    private static final Session SESSION = Session.getInstance(new Properties());

    /** A new request: subject and body, urgent or not. */
    record Request(String subject, String body, boolean urgent) {}

    private static final List<Request> URGENT = List.of(
            new Request("URGENTE: sistema fora do ar, todas as lojas paradas",
                    "Bom dia, o sistema está fora do ar desde as 7h e todas as lojas estão paradas. Não conseguimos vender nada. Por favor, retornem com urgência.", true),
            new Request("Não consigo emitir nota fiscal — produção parada",
                    "A emissão de NF-e retorna erro de comunicação com a SEFAZ e a expedição está parada. É urgente.", true),
            new Request("Caixa travado na loja {n}, não conseguimos vender",
                    "O PDV da loja {n} trava ao finalizar a venda desde hoje cedo. Clientes esperando na fila.", true));
    private static final List<Request> ORDINARY = List.of(
            new Request("Dúvida sobre o relatório de vendas por vendedor",
                    "Olá, como faço para filtrar o relatório de vendas por vendedor e por mês? Obrigado.", false),
            new Request("Ausência de boleto no pedido {n}",
                    "Boa tarde, o pedido {n} foi faturado mas o boleto não veio anexo na nota. Podem reenviar?", false),
            new Request("Cadastro de produto com NCM errado",
                    "Cadastramos o produto {n} com NCM errado e o sistema não deixa alterar. Como corrigir?", false),
            new Request("Pedido {n} não aparece no romaneio",
                    "O pedido {n} foi separado mas não aparece no romaneio de hoje. Podem verificar?", false),
            new Request("Solicitação de treinamento do módulo fiscal",
                    "Temos uma funcionária nova e gostaríamos de agendar um treinamento do módulo fiscal.", false),
            new Request("Erro ao importar planilha de preços",
                    "Ao importar a planilha de preços aparece 'coluna inválida' na linha {n}. Segue a planilha no próximo e-mail se precisarem.", false),
            new Request("Segunda via do contrato de suporte",
                    "Bom dia! Preciso da segunda via do contrato de suporte para o setor financeiro.", false));
    private static final List<String> ANSWERS = List.of(
            "Segue a informação que pediram: o pedido foi emitido pela filial 2.",
            "Conferimos aqui e o erro continua aparecendo, agora na tela de fechamento.",
            "Pode ser na quinta-feira às 14h? Obrigado.",
            "Enviei o print da tela para o Roberto, ele confirma que o problema persiste.");
    private static final List<String> AFTER_DONE = List.of(
            "O problema voltou a acontecer hoje de manhã, podem reabrir?",
            "Obrigado pela solução, mas ficou faltando a filial 3.",
            "Desculpem, só vi agora: ainda preciso de ajuda com isso.");
    private static final List<String> CHASE = List.of("Alguma novidade sobre este chamado?",
            "Bom dia, conseguiram verificar?", "Precisamos de um retorno hoje, por favor.");

    private CustomerMails() {}

    static Request request(Random random) {
        List<Request> pool = random.nextInt(5) == 0 ? URGENT : ORDINARY;
        Request r = pool.get(random.nextInt(pool.size()));
        String n = String.valueOf(1000 + random.nextInt(9000));
        return new Request(r.subject().replace("{n}", n), r.body().replace("{n}", n), r.urgent());
    }

    static String answer(Random random) {
        return ANSWERS.get(random.nextInt(ANSWERS.size()));
    }

    static String afterDone(Random random) {
        return AFTER_DONE.get(random.nextInt(AFTER_DONE.size()));
    }

    static String chase(Random random) {
        return CHASE.get(random.nextInt(CHASE.size()));
    }

    static MimeMessage newRequest(Population.Person from, String messageId, Instant at, Request r) {
        return parse(headers(from, messageId, at, r.subject(), null, List.of()) + "\r\n"
                + r.body() + "\r\n\r\n" + from.name() + "\r\n");
    }

    /** A reply threaded by In-Reply-To/References, optionally quoting what it answers. */
    static MimeMessage reply(Population.Person from, String messageId, Instant at, String subject, String inReplyTo,
                             List<String> references, String text, String quoted, Instant quotedAt, ZoneId zone) {
        StringBuilder body = new StringBuilder(text).append("\r\n\r\n-- \r\n").append(from.name()).append("\r\n");
        if (quoted != null) {
            body.append("\r\nEm ").append(BR_DATE.format(quotedAt.atZone(zone))).append(", Suporte Web Planet <")
                    .append(SUPPORT).append("> escreveu:\r\n");
            for (String line : quoted.split("\\r?\\n")) {
                body.append("> ").append(line).append("\r\n");
            }
        }
        return parse(headers(from, messageId, at, re(subject), inReplyTo, references) + "\r\n" + body);
    }

    /** A reply that a client stripped of threading headers: only the subject (with its tag) ties it to the ticket. */
    static MimeMessage subjectOnly(Population.Person from, String messageId, Instant at, String subject, String text) {
        return parse(headers(from, messageId, at, re(subject), null, List.of()) + "\r\n" + text + "\r\n");
    }

    /** The customer's mail server answering our mail while they are away (RFC 3834). */
    static MimeMessage outOfOffice(Population.Person from, String messageId, Instant at, String subject, String inReplyTo) {
        return parse(headers(from, messageId, at, "Resposta automática: " + subject, inReplyTo, List.of(inReplyTo))
                .replace("MIME-Version", "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\nMIME-Version")
                + "\r\nEstou fora do escritório e sem acesso ao e-mail. Respondo quando voltar.\r\n" + from.name() + "\r\n");
    }

    /** A delivery report (RFC 3464) for our mail {@code original} to {@code recipient}: mailbox full. */
    static MimeMessage bounce(String recipient, String messageId, Instant at, String original, String originalSubject) {
        String boundary = "=_dsn_" + Integer.toHexString(messageId.hashCode());
        String domain = recipient.substring(recipient.indexOf('@') + 1);
        String text = "Return-Path: <>\r\n"
                + "From: Mail Delivery System <MAILER-DAEMON@mx." + domain + ">\r\n"
                + "To: " + SUPPORT + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Date: " + RFC_DATE.format(at.atZone(ZoneId.of("UTC"))) + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Sua mensagem não pôde ser entregue: caixa postal cheia.\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx." + domain + "\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\nAction: failed\r\nStatus: 5.2.2\r\n"
                + "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "From: " + SUPPORT + "\r\nTo: " + recipient + "\r\nMessage-ID: " + original + "\r\n"
                + "Subject: " + encode(originalSubject) + "\r\n\r\n"
                + "--" + boundary + "--\r\n";
        return parse(text);
    }

    private static String headers(Population.Person from, String messageId, Instant at, String subject,
                                  String inReplyTo, List<String> references) {
        StringBuilder h = new StringBuilder()
                .append("From: ").append(encode(from.name())).append(" <").append(from.address().address()).append(">\r\n")
                .append("To: Suporte Web Planet <").append(SUPPORT).append(">\r\n")
                .append("Subject: ").append(encode(subject)).append("\r\n")
                .append("Date: ").append(RFC_DATE.format(at.atZone(ZoneId.of("America/Sao_Paulo")))).append("\r\n")
                .append("Message-ID: ").append(messageId).append("\r\n");
        if (inReplyTo != null) {
            h.append("In-Reply-To: ").append(inReplyTo).append("\r\n");
        }
        if (!references.isEmpty()) {
            h.append("References: ").append(String.join(" ", references)).append("\r\n");
        }
        return h.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n").toString();
    }

    private static String re(String subject) {
        return subject.regionMatches(true, 0, "RE:", 0, 3) ? subject : "RE: " + subject;
    }

    private static String encode(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage parse(String raw) {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException("the simulation built an unreadable message", e);
        }
    }
}
