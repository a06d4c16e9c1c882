package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each cause of issue #12, on a small mail parsed locally (the corpus test checks them over IMAP). */
class MessageReadingTest {
    private static final String HEAD = "From: Ana <ana@cliente.com.br>\r\nTo: suporte@webplanet.com.br\r\n"
            + "Message-ID: <m1@cliente.com.br>\r\nDate: Mon, 2 Mar 2026 09:00:00 -0300\r\nMIME-Version: 1.0\r\n";

    private static ParsedMail read(byte[] raw) throws Exception {
        MimeMessage m = new MimeMessage(MailSessions.local(), new ByteArrayInputStream(raw));
        return new MessageReader(Instant.EPOCH).read(m, "INBOX", 1);
    }

    private static ParsedMail read(String raw) throws Exception {
        return read(raw.replace("\n", "\r\n").replace("\r\r\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void htmlMessageWithATextSignaturePartGivesTheMessageAndTheSignature() throws Exception {
        ParsedMail mail = read(HEAD + "Subject: html + assinatura\nContent-Type: multipart/mixed; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/html; charset=utf-8\n\n<p>Ol&aacute;, a instala&ccedil;&atilde;o falhou.</p>\n"
                + "--B\nContent-Type: text/plain; charset=utf-8\n\n-- \nAna, Cliente Ltda\n--B--\n");
        assertThat(mail.text()).startsWith("Olá, a instalação falhou.").contains("Ana, Cliente Ltda");
    }

    @Test
    void alternativeTakesThePlainTextOnlyWhenItIsNotBlank() throws Exception {
        String alt = HEAD + "Subject: alt\nContent-Type: multipart/alternative; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/plain; charset=utf-8\n\n%s\n"
                + "--B\nContent-Type: text/html; charset=utf-8\n\n<b>versão html</b>\n--B--\n";
        assertThat(read(String.format(alt, "versão texto")).text()).isEqualTo("versão texto");
        assertThat(read(String.format(alt, " ")).text()).isEqualTo("versão html");
    }

    @Test
    void truncatedBase64IsReadUpToWhereItBreaks() throws Exception {
        String b64 = Base64.getMimeEncoder().encodeToString("Preciso de ajuda com a instalação do sistema.".getBytes(StandardCharsets.UTF_8));
        ParsedMail mail = read(HEAD + "Subject: base64 cortado\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n\n" + b64.substring(0, b64.length() - 7) + "\n");
        assertThat(mail.text()).startsWith("Preciso de ajuda com a instalação");
    }

    @Test
    void malformedEncodedWordsAreDecoded() {
        assertThat(MailText.header("=?UTF-8?Q? Personal=C3=A4nderung?=")).isEqualTo("Personaländerung");
        assertThat(MailText.header("=?us-ascii?Q?ABC / 123 / Wetterau West / ABC?=")).isEqualTo("ABC / 123 / Wetterau West / ABC");
        assertThat(MailText.header("zum =?unicode-1-1-utf-7?Q?+ANw-bermittlungsstatus?=")).isEqualTo("zum Übermittlungsstatus");
    }

    @Test
    void misusedCharsetLabelsAreReadWithTheSupersetSendersUse() {
        byte[] traditional = "內應力產生".getBytes(Charset.forName("GB18030"));
        assertThat(MailText.decode(traditional, "gb2312").text()).isEqualTo("內應力產生");
        byte[] circled = "①１都".getBytes(Charset.forName("x-windows-iso2022jp"));
        assertThat(MailText.decode(circled, "ISO-2022-JP").text()).isEqualTo("①１都");
        byte[] sjis = "①ツール".getBytes(Charset.forName("windows-31j"));
        assertThat(MailText.decode(sjis, "Shift_JIS").text()).isEqualTo("①ツール");
    }

    @Test
    void unlabeledBodiesAreDetected() {
        byte[] jis = "これはテストメールです。".getBytes(Charset.forName("ISO-2022-JP"));
        assertThat(MailText.decode(jis, null).text()).isEqualTo("これはテストメールです。");
        byte[] gb = "绩效管理，究竟谁错了？中层管理者如何避免角色行为误区，提升管理效能".getBytes(Charset.forName("GB18030"));
        assertThat(MailText.decode(gb, null).text()).startsWith("绩效管理");
    }

    @Test
    void raw8BitHeaderIsReadWithTheCharsetTheBodyDeclares() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes((HEAD + "Subject: ").getBytes(StandardCharsets.ISO_8859_1));
        raw.writeBytes("转发：整体提升".getBytes(Charset.forName("GB18030")));
        raw.writeBytes("\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        raw.writeBytes("您好".getBytes(Charset.forName("GB18030")));
        ParsedMail mail = read(raw.toByteArray());
        assertThat(mail.subject()).isEqualTo("转发：整体提升");
        assertThat(mail.text()).isEqualTo("您好");
    }

    @Test
    void aMailWithNoUsableFromTakesTheSenderFromReplyTo() throws Exception {
        ParsedMail mail = read("From: \"Fulano\" <>\nReply-To: <fulano@cliente.com.br>\nTo: suporte@webplanet.com.br\n"
                + "Message-ID: <m2@x>\nSubject: sem from\n\nOlá\n");
        assertThat(mail.from().address()).isEqualTo("fulano@cliente.com.br");
        ParsedMail bare = read("From: Fulano fulano@cliente.com.br\nMessage-ID: <m3@x>\nSubject: sem <>\n\nOlá\n");
        assertThat(bare.from().address()).isEqualTo("fulano@cliente.com.br");
        ParsedMail dot = read("From: \"C\" <claudia@yahoo.com.>\nMessage-ID: <m4@x>\nSubject: ponto\n\nOlá\n");
        assertThat(dot.from().address()).isEqualTo("claudia@yahoo.com");
    }

    @Test
    void theWholeTicketTextIsCappedWithANotePointingToTheArchivedOriginal() throws Exception {
        StringBuilder raw = new StringBuilder(HEAD + "Subject: muitas partes\nContent-Type: multipart/mixed; boundary=\"B\"\n\n");
        String line = "x".repeat(99) + "\n";
        String block = line.repeat(100);
        for (int i = 0; i < 3000; i++) {
            raw.append("--B\nContent-Type: text/plain; charset=us-ascii\n\nparte ").append(i).append('\n').append(block);
        }
        raw.append("--B--\n");
        ParsedMail mail = read(raw.toString());
        assertThat(mail.text().length()).isLessThanOrEqualTo(ReadLimits.MAX_TICKET_TEXT_CHARS);
        assertThat(mail.notes()).anySatisfy(n -> assertThat(n).contains("texto cortado").contains("<m1@cliente.com.br>")
                .contains("INBOX").contains("UID 1"));
        assertThat(mail.notes()).anySatisfy(n -> assertThat(n).contains("mais de " + ReadLimits.MAX_PARTS + " partes"));
    }
}
