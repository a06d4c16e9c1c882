package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.model.SentMail;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.Service;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.HeaderTerm;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sends mail over SMTP with exactly the caller's Message-ID, appends a copy to the Sent folder when one
 * is configured, and finds sent mail again there by Message-ID (reconciliation after a crash). Header
 * values are single-line by construction ({@link OutgoingMail}) and extra headers are limited to safe
 * names, so no header can be injected.
 */
public final class SmtpMailer implements Mailer, Service {
    private static final Pattern HEADER_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id",
            "in-reply-to", "references", "date", "sender", "reply-to", "content-type", "mime-version",
            "content-transfer-encoding", "return-path");
    private final MailConfig config;
    private final ImapConnection imap;
    private final MailAuth auth;
    private final Clock clock;
    private final Session session;
    private Transport transport;
    private long lastUsed;
    private static final long IDLE_CHECK_NANOS = 30_000_000_000L;

    @Inject
    public SmtpMailer(MailConfig config, ImapConnection imap, MailAuth auth, Clock clock) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.imap = Objects.requireNonNull(imap, "imap is null");
        this.auth = Objects.requireNonNull(auth, "auth is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.session = MailSessions.smtp(config.smtp(), config.from());
    }

    @Override
    public SentMail send(OutgoingMail mail) {
        OwnIdMimeMessage message;
        try {
            message = compose(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new EffectNotPerformedException("could not compose mail " + mail.messageId() + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            Transport connected = connectedTransport();
            try {
                connected.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                closeTransport();
                throw new RemoteException("SMTP send " + mail.messageId(), 0, true, e.getMessage(), Map.of(), e);
            }
        }
        config.sentFolder().ifPresent(folder -> copyToSent(folder, message, mail.messageId()));
        return new SentMail(mail.messageId(), clock.instant());
    }

    /** The open SMTP connection, reused across sends (one EHLO per run, not per mail); reconnects when closed. */
    private Transport connectedTransport() {
        // isConnected() costs a NOOP round trip: trust a connection used in the last 30 seconds
        if (transport != null && (System.nanoTime() - lastUsed < IDLE_CHECK_NANOS || transport.isConnected())) {
            lastUsed = System.nanoTime();
            return transport;
        }
        closeTransport();
        ServerConfig smtp = config.smtp();
        try {
            Transport t = session.getTransport(MailSessions.smtpProtocol(smtp));
            t.connect(smtp.host(), MailSessions.smtpPort(smtp), auth.user(smtp), auth.secret(smtp));
            transport = t;
            lastUsed = System.nanoTime();
            return t;
        } catch (Exception e) {
            throw new EffectNotPerformedException("SMTP connect to " + smtp.host() + " failed: " + e.getMessage(), e);
        }
    }

    private void closeTransport() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is being dropped anyway
            }
            transport = null;
        }
    }

    /** Closes the SMTP connection kept between sends. */
    @Override
    public synchronized void stop() {
        closeTransport();
    }

    @Override
    public void start() {
        // connects on first send
    }

    private OwnIdMimeMessage compose(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        OwnIdMimeMessage m = new OwnIdMimeMessage(session, mail.messageId());
        m.setFrom(internet(config.fromAddress()));
        m.setRecipients(Message.RecipientType.TO,
                mail.to().stream().map(SmtpMailer::internetUnchecked).toArray(InternetAddress[]::new));
        m.setSubject(singleLine(mail.subject()), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        if (mail.inReplyTo() != null && !mail.inReplyTo().isBlank()) {
            m.setHeader("In-Reply-To", singleLine(mail.inReplyTo()));
        }
        if (!mail.references().isEmpty()) {
            m.setHeader("References", String.join(" ", mail.references().stream().map(SmtpMailer::singleLine).toList()));
        }
        for (Map.Entry<String, String> h : mail.headers().entrySet()) {
            if (!HEADER_NAME.matcher(h.getKey()).matches() || RESERVED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header '" + h.getKey() + "' may not be set on outgoing mail");
            }
            m.setHeader(h.getKey(), singleLine(h.getValue()));
        }
        if (mail.html() == null) {
            m.setText(mail.text(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            m.setContent(new MimeMultipart("alternative", text, html));
        }
        m.saveChanges();
        return m;
    }

    private void copyToSent(String folder, Message message, String messageId) {
        try {
            message.setFlags(new Flags(Flags.Flag.SEEN), true);
            imap.append(folder, message);
        } catch (MessagingException e) {
            throw new RemoteException("IMAP APPEND " + folder + " of " + messageId
                    + " (the mail itself was sent)", 0, true, e.getMessage(), Map.of(), e);
        }
    }

    @Override
    public Optional<SentMail> findSent(String messageId) {
        Objects.requireNonNull(messageId, "messageId is null");
        Optional<String> sent = config.sentFolder();
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        try {
            Folder folder = imap.store().getFolder(sent.get());
            if (!folder.exists()) {
                return Optional.empty();
            }
            folder.open(Folder.READ_ONLY);
            try {
                for (Message m : folder.search(new HeaderTerm("Message-ID", messageId))) {
                    String[] ids = m.getHeader("Message-ID");
                    if (ids != null && List.of(ids).stream().anyMatch(id -> id.trim().equals(messageId))) {
                        Date date = m.getSentDate();
                        return Optional.of(new SentMail(messageId, date == null ? clock.instant() : date.toInstant()));
                    }
                }
                return Optional.empty();
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new RemoteException("IMAP SEARCH " + sent.get() + " for " + messageId, 0, true, e.getMessage(),
                    Map.of(), e);
        }
    }

    @Override
    public MailAddress from() {
        return config.fromAddress();
    }

    private static InternetAddress internet(MailAddress a) throws UnsupportedEncodingException {
        return new InternetAddress(a.address(), a.name(), "UTF-8");
    }

    private static InternetAddress internetUnchecked(MailAddress a) {
        try {
            return internet(a);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String singleLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]+", " ").strip();
    }
}
