package br.com.webplanet.roteiro.mail;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Real-world broken and tricky mail, generated in code: the hostile-mail test set. */
final class Hostile {
    private static final String DATE = "Date: Mon, 2 Mar 2026 09:00:00 -0300\n";
    private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;

    private Hostile() {}

    static MimeMessage dsn(String failedRecipient, String originalMessageId) throws Exception {
        return Harness.raw(dsnText("<dsn-" + Math.abs(originalMessageId.hashCode()) + "@mx.cliente.com.br>",
                failedRecipient, originalMessageId));
    }

    private static String dsnText(String id, String failedRecipient, String originalMessageId) {
        return "From: Mail Delivery System <MAILER-DAEMON@mx.cliente.com.br>\nTo: suporte@webplanet.com.br\n"
                + "Subject: Undelivered Mail Returned to Sender\nMessage-ID: " + id + "\n" + DATE
                + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/plain\n\nThis is the mail system. Your message could not be delivered.\n"
                + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.cliente.com.br\n\n"
                + "Final-Recipient: rfc822; " + failedRecipient + "\nAction: failed\nStatus: 5.1.1\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
                + "--B\nContent-Type: text/rfc822-headers\n\nFrom: suporte@webplanet.com.br\nMessage-ID: "
                + originalMessageId + "\nSubject: [#G3-1] Recebemos\n\n--B--\n";
    }

    static MimeMessage noMessageId() throws Exception {
        return Harness.raw("From: Sem Id <semid@cliente.com.br>\nTo: suporte@webplanet.com.br\nSubject: Sem identificador\n"
                + DATE + "\nMensagem sem Message-ID.\n");
    }

    static MimeMessage noFrom() throws Exception {
        return Harness.raw("To: suporte@webplanet.com.br\nSubject: Sem remetente\nMessage-ID: <nofrom@x>\n" + DATE
                + "\nQuem mandou?\n");
    }

    /** One hostile case: a name, its raw bytes and the Message-ID (null: none, a synthetic one is expected). */
    record Case(String name, byte[] bytes, String messageId) {}

    static List<Case> all() {
        Map<String, byte[]> c = new LinkedHashMap<>();
        String h = "From: Cliente <cliente@cliente.com.br>\nTo: suporte@webplanet.com.br\n" + DATE;
        c.put("wrong-boundary", utf8(h + "Subject: fronteira errada\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"abc\"\n\n--xyz\nContent-Type: text/plain\n\noi\n--xyz--\n"));
        c.put("missing-end-boundary", utf8(h + "Subject: sem fim\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\ntexto sem fim\n"));
        c.put("no-boundary-param", utf8(h + "Subject: sem boundary\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
                + "--x\nContent-Type: text/plain\n\noi\n--x--\n"));
        c.put("nothing-but-body", utf8("\nsó corpo, nenhum cabeçalho\n"));
        c.put("no-date", utf8("From: a@cliente.com.br\nTo: suporte@webplanet.com.br\nSubject: sem data\n\ncorpo\n"));
        c.put("no-subject", utf8(h + "\ncorpo sem assunto\n"));
        c.put("no-message-id", utf8("From: b@cliente.com.br\nSubject: sem id\n" + DATE + "\ncorpo\n"));
        c.put("unknown-charset-body", utf8(h + "Subject: charset estranho\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=x-unknown-42\n\nSolicitação de manutenção\n"));
        c.put("unknown-charset-subject", utf8(h + "Subject: =?x-foo?Q?Solicita=E7=E3o?=\n\ncorpo\n"));
        c.put("8bit-utf8-subject", utf8(h + "Subject: Ação urgente já\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nCorpo em UTF-8: ção\n"));
        c.put("8bit-utf8-from-name", utf8("From: Conceição Araújo <conceicao@cliente.com.br>\n"
                + "To: suporte@webplanet.com.br\nSubject: nome 8 bits\n" + DATE + "\ncorpo\n"));
        c.put("iso-8859-1-body", latin1(h + "Subject: latin1\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nManutenção da instalação elétrica\n"));
        c.put("windows-1252-body", bytes(h + "Subject: cp1252\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n“Orçamento” – revisão\n",
                Charset.forName("windows-1252")));
        c.put("rfc2047-q-latin1", utf8(h + "Subject: =?ISO-8859-1?Q?A=E7=E3o_necess=E1ria?=\n\ncorpo\n"));
        c.put("rfc2047-b-split", utf8(h + "Subject: =?UTF-8?B?" + b64("Manutenção ") + "?=\n =?UTF-8?B?" + b64("elétrica") + "?=\n\ncorpo\n"));
        c.put("rfc2231-filename", utf8(multipart(h, "rfc2231", "Content-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename*=UTF-8''relat%C3%B3rio%20t%C3%A9cnico.pdf\n"
                + "Content-Transfer-Encoding: base64\n\n" + b64("pdf") + "\n")));
        c.put("rfc2047-filename", utf8(multipart(h, "rfc2047 name", "Content-Type: application/pdf; name=\"=?UTF-8?Q?or=C3=A7amento.pdf?=\"\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?Q?or=C3=A7amento.pdf?=\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + b64("pdf") + "\n")));
        c.put("ten-mb-attachment", bigAttachment(h));
        c.put("deep-nesting", utf8(deep(h, 30)));
        c.put("forwarded-rfc822", utf8(multipart(h, "encaminhada", "Content-Type: message/rfc822\n\n"
                + "From: Fornecedor <f@fornecedor.com.br>\nSubject: =?UTF-8?Q?Cota=C3=A7=C3=A3o?=\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\n\nCotação anexa.\n")));
        c.put("rfc822-in-rfc822", utf8(multipart(h, "dupla", "Content-Type: message/rfc822\n\n"
                + "From: x@y.com.br\nSubject: fora\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"in\"\n\n"
                + "--in\nContent-Type: message/rfc822\n\nFrom: z@y.com.br\nSubject: dentro\n\nmais dentro\n--in--\n")));
        c.put("tnef-winmail", utf8(multipart(h, "winmail", "Content-Type: application/ms-tnef; name=\"winmail.dat\"\n"
                + "Content-Disposition: attachment; filename=\"winmail.dat\"\nContent-Transfer-Encoding: base64\n\n"
                + b64("x\u009f>tnef") + "\n")));
        c.put("calendar-invite", utf8(multipart(h, "Convite: reunião", "Content-Type: text/calendar; method=REQUEST; charset=UTF-8\n\n"
                + "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Visita técnica\nDTSTART:20260303T130000Z\nEND:VEVENT\nEND:VCALENDAR\n")));
        c.put("dsn-unknown-mail", utf8(dsnText("<dsn-unknown@mx>", "ninguem@cliente.com.br", "<desconhecida@outro>")));
        c.put("mailer-daemon-plain", utf8("From: MAILER-DAEMON@mx.cliente.com.br\nTo: suporte@webplanet.com.br\n"
                + "Subject: failure notice\n" + DATE + "\nSorry, we were unable to deliver your message.\n"));
        c.put("postmaster-x-failed", utf8("From: postmaster@cliente.com.br\nTo: suporte@webplanet.com.br\n"
                + "X-Failed-Recipients: velho@cliente.com.br\nSubject: Delivery Status Notification (Failure)\n" + DATE
                + "\nAddress not found.\n"));
        c.put("pt-auto-reply-subject", utf8(h + "Subject: Resposta automática: Ausência temporária\n\n"
                + "Estou fora do escritório até 10/03.\n"));
        c.put("en-out-of-office", utf8(h + "Subject: Automatic reply: Out of Office\nX-Auto-Response-Suppress: All\n\n"
                + "I am out of the office.\n"));
        c.put("auto-generated", utf8(h + "Subject: Relatório diário\nAuto-Submitted: auto-generated\n\nrelatório\n"));
        c.put("precedence-bulk", utf8(h + "Subject: Newsletter\nPrecedence: bulk\n\nnovidades\n"));
        c.put("list-unsubscribe", utf8("From: marketing@loja.com.br\nTo: suporte@webplanet.com.br\nSubject: Ofertas\n"
                + "List-Unsubscribe: <mailto:sair@loja.com.br>\n" + DATE + "\npromoção\n"));
        c.put("x-autoreply", utf8(h + "Subject: Recebido\nX-Autoreply: yes\n\nrecebido\n"));
        c.put("html-only", utf8(h + "Subject: só html\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
                + "<html><body><p>Ol&aacute;, a <b>instala&ccedil;&atilde;o</b> falhou.</p><p>Obrigado</p></body></html>\n"));
        c.put("html-with-script", utf8(h + "Subject: html script\nMIME-Version: 1.0\nContent-Type: text/html\n\n"
                + "<html><head><style>p{}</style><script>alert(1)</script></head><body>Texto visível</body></html>\n"));
        c.put("empty-body", utf8(h + "Subject: vazio\n\n"));
        c.put("garbage-base64", utf8(h + "Subject: base64 quebrado\nMIME-Version: 1.0\nContent-Type: text/plain\n"
                + "Content-Transfer-Encoding: base64\n\n!!!não é base64@@@\n"));
        c.put("unknown-transfer-encoding", utf8(h + "Subject: cte estranho\nMIME-Version: 1.0\nContent-Type: text/plain\n"
                + "Content-Transfer-Encoding: x-weird\n\ntexto\n"));
        c.put("garbage-content-type", utf8(h + "Subject: tipo lixo\nMIME-Version: 1.0\nContent-Type: garbage\n\ntexto\n"));
        c.put("invalid-from", utf8("From: isto não é um endereço\nTo: suporte@webplanet.com.br\nSubject: from ruim\n" + DATE + "\nx\n"));
        c.put("huge-subject", utf8(h + "Subject: " + "assunto ".repeat(1500) + "\n\ncorpo\n"));
        c.put("subject-crlf-injection", utf8(h + "Subject: =?UTF-8?Q?oi=0D=0ABcc:_vitima@x.com?=\n\ncorpo\n"));
        c.put("nul-bytes", utf8(h + "Subject: nulos\n\nantes\u0000depois\n"));
        c.put("alternative", utf8(h + "Subject: alternativa\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"a\"\n\n"
                + "--a\nContent-Type: text/plain; charset=utf-8\n\nversão texto\n--a\nContent-Type: text/html\n\n<p>vers&atilde;o html</p>\n--a--\n"));
        c.put("smime-signed", utf8(h + "Subject: assinado\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"s\"\n\n"
                + "--s\nContent-Type: text/plain\n\nmensagem assinada\n--s\nContent-Type: application/pkcs7-signature; name=smime.p7s\n"
                + "Content-Transfer-Encoding: base64\n\n" + b64("sig") + "\n--s--\n"));
        c.put("unknown-in-reply-to", utf8(h + "Subject: Re: algo antigo\nIn-Reply-To: <nunca-vista@lugar>\n\nresposta\n"));
        c.put("duplicate-id-a", utf8(h + "Subject: duplicada\nMessage-ID: <dup@cliente.com.br>\n\nprimeira\n"));
        c.put("duplicate-id-b", utf8(h + "Subject: duplicada\nMessage-ID: <dup@cliente.com.br>\n\nsegunda cópia\n"));
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, byte[]> e : c.entrySet()) {
            n++;
            byte[] b = e.getValue();
            String text = new String(b, LATIN1);
            String id = null;
            if (!e.getKey().startsWith("no-message-id") && !text.contains("Message-ID:") && !e.getKey().equals("nothing-but-body")) {
                id = "<hostile-" + n + "@cliente.com.br>";
                b = concat(("Message-ID: " + id + "\r\n").getBytes(LATIN1), b);
            } else if (text.contains("Message-ID: <")) {
                int s = text.indexOf("Message-ID: <") + 12;
                id = text.substring(s, text.indexOf('>', s) + 1);
            }
            out.add(new Case(e.getKey(), b, id));
        }
        return out;
    }

    private static String multipart(String h, String subject, String part) {
        return h + "Subject: " + subject + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
                + "--m\nContent-Type: text/plain; charset=utf-8\n\nveja o anexo\n--m\n" + part + "--m--\n";
    }

    private static String deep(String h, int levels) {
        StringBuilder open = new StringBuilder(h + "Subject: aninhada\nMIME-Version: 1.0\n");
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            open.append("Content-Type: multipart/mixed; boundary=\"l").append(i).append("\"\n\n--l").append(i).append("\n");
            close.insert(0, "--l" + i + "--\n");
        }
        return open + "Content-Type: text/plain\n\nno fundo\n" + close;
    }

    private static byte[] bigAttachment(String h) {
        byte[] payload = new byte[10 * 1024 * 1024];
        new java.util.Random(7).nextBytes(payload);
        String head = multipart(h, "anexo de 10 MB", "Content-Type: application/octet-stream; name=\"grande.bin\"\n"
                + "Content-Disposition: attachment; filename=\"grande.bin\"\nContent-Transfer-Encoding: base64\n\n");
        int cut = head.lastIndexOf("--m--\n");
        byte[] body = Base64.getMimeEncoder().encode(payload);
        return concat(concat(utf8(head.substring(0, cut)), body), utf8("\n--m--\n"));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String s) {
        return bytes(s, StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String s) {
        return bytes(s, LATIN1);
    }

    private static byte[] bytes(String s, Charset cs) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(cs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
