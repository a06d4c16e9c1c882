package br.com.webplanet.roteiro.mail;

import jakarta.mail.Session;
import java.util.Properties;

/** Builds Jakarta Mail sessions from {@link ServerConfig}: TLS on by default, lenient MIME parsing. */
final class MailSessions {
    private MailSessions() {}

    static String imapProtocol(ServerConfig c) {
        return c.implicitTls() ? "imaps" : "imap";
    }

    static int imapPort(ServerConfig c) {
        return c.portOr(993, 143);
    }

    static String smtpProtocol(ServerConfig c) {
        return c.implicitTls() ? "smtps" : "smtp";
    }

    static int smtpPort(ServerConfig c) {
        return c.portOr(465, 587);
    }

    static Session imap(ServerConfig c) {
        String p = imapProtocol(c);
        Properties props = common();
        props.put("mail.store.protocol", p);
        server(props, p, c, imapPort(c));
        props.put("mail." + p + ".peek", "true");
        props.put("mail." + p + ".partialfetch", "true");
        props.put("mail." + p + ".fetchsize", "65536");
        props.put("mail." + p + ".connectionpoolsize", "2");
        props.put("mail." + p + ".appendbuffersize", "-1");
        return Session.getInstance(props);
    }

    static Session smtp(ServerConfig c, String envelopeFrom) {
        String p = smtpProtocol(c);
        Properties props = common();
        props.put("mail.transport.protocol", p);
        server(props, p, c, smtpPort(c));
        props.put("mail." + p + ".auth", String.valueOf(c.user().isPresent()));
        props.put("mail." + p + ".from", envelopeFrom);
        return Session.getInstance(props);
    }

    private static Properties common() {
        Properties props = new Properties();
        props.put("mail.mime.address.strict", "false");
        props.put("mail.mime.multipart.ignoremissingendboundary", "true");
        props.put("mail.mime.multipart.allowempty", "true");
        props.put("mail.mime.base64.ignoreerrors", "true");
        props.put("mail.mime.ignoreunknownencoding", "true");
        props.put("mail.mime.uudecode.ignoreerrors", "true");
        props.put("mail.mime.charset", "UTF-8");
        return props;
    }

    private static void server(Properties props, String p, ServerConfig c, int port) {
        props.put("mail." + p + ".host", c.host());
        props.put("mail." + p + ".port", String.valueOf(port));
        String millis = String.valueOf(c.timeout().toMillis());
        props.put("mail." + p + ".connectiontimeout", millis);
        props.put("mail." + p + ".timeout", millis);
        if (c.implicitTls()) {
            props.put("mail." + p + ".ssl.checkserveridentity", "true");
        }
        if (c.startTls()) {
            props.put("mail." + p + ".starttls.enable", "true");
            props.put("mail." + p + ".starttls.required", "true");
            props.put("mail." + p + ".ssl.checkserveridentity", "true");
        }
        if (c.auth() == AuthMode.XOAUTH2) {
            props.put("mail." + p + ".auth.mechanisms", "XOAUTH2");
            props.put("mail." + p + ".auth.xoauth2.disable", "false");
            props.put("mail." + p + ".auth.login.disable", "true");
            props.put("mail." + p + ".auth.plain.disable", "true");
        }
    }
}
