package br.com.webplanet.roteiro.mail;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Builds Jakarta Mail sessions from {@link ServerConfig}: TLS on by default, lenient MIME parsing.
 *
 * <p>Jakarta Mail 2.1 / Angus 2.0 read most lenient parsing switches only as <b>System</b> properties
 * (checked in their byte code: {@code MimeMultipart} reads {@code mail.mime.multipart.*} through
 * {@code MimeUtility.getBooleanSystemProperty} for each multipart; Angus's {@code BASE64DecoderStream} and
 * {@code UUDecoderStream} read {@code mail.mime.base64.ignoreerrors} / {@code mail.mime.uudecode.*} in each
 * constructor; {@code MimeUtility} reads {@code mail.mime.ignoreunknownencoding} and
 * {@code mail.mime.decodetext.strict} once, when the class loads). Only {@code mail.mime.address.strict}
 * is read from the Session. So the System ones are set here, before the first mail is read, unless the
 * operator set them ({@code -D...} wins); intake also reads leniently itself where a switch may come too
 * late (unknown transfer encodings, encoded words, charsets).
 */
final class MailSessions {
    /** Lenient switches Jakarta Mail reads only from System properties. */
    static final java.util.Map<String, String> SYSTEM_LENIENT = java.util.Map.of(
            "mail.mime.multipart.ignoremissingendboundary", "true",
            "mail.mime.multipart.ignoremissingboundaryparameter", "true",
            "mail.mime.multipart.allowempty", "true",
            "mail.mime.base64.ignoreerrors", "true",
            "mail.mime.uudecode.ignoreerrors", "true",
            "mail.mime.uudecode.ignoremissingbeginend", "true",
            "mail.mime.ignoreunknownencoding", "true",
            "mail.mime.decodetext.strict", "false");

    /**
     * jakarta.mail-api 2.1.5 looks its {@code StreamProvider} up again for every header block and encoded word
     * it reads ({@code StreamProvider.provider()} in {@code InternetHeaders.load}, {@code MimeUtility}): a
     * {@code ServiceLoader} scan of every jar of the class path each time — a sixth of intake's CPU in a JFR
     * profile (issue #17), paid once per fetched message. Its {@code FactoryFinder} reads this System property
     * first and then only loads the named class, so it is set to Angus's provider (the one the scan finds)
     * unless the operator set it or that class is not visible.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        SYSTEM_LENIENT.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        if (System.getProperty(STREAM_PROVIDER) == null && visible(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    /** Whether the class loads from the thread's context class loader and the system one (where FactoryFinder looks). */
    private static boolean visible(String className) {
        try {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            Class.forName(className, false, context == null ? MailSessions.class.getClassLoader() : context);
            Class.forName(className, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
    }

    private static final Session LOCAL = Session.getInstance(common());

    private MailSessions() {}

    /** A session for parsing raw messages locally (no server), with the same lenient settings. */
    static Session local() {
        return LOCAL;
    }

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
