package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Wires the real step to GreenMail, an in-memory ticket system and journal; delivers test mail. */
final class Harness implements AutoCloseable {
    static final Session LOCAL = Session.getInstance(new Properties());
    final GreenMailOperations greenMail;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    final InMemoryTicketSystem tickets = new InMemoryTicketSystem(clock);
    Journal journal = new InMemoryJournal();
    MailConfig config;
    ImapConnection imap;
    final GreenMailUser support;

    Harness(GreenMailOperations greenMail) {
        this.greenMail = greenMail;
        this.support = greenMail.setUser(TestMail.SUPPORT, TestMail.SUPPORT, TestMail.PASSWORD);
        configure(TestMail.config(greenMail));
    }

    Harness configure(MailConfig newConfig) {
        if (imap != null) {
            imap.stop();
        }
        config = newConfig;
        imap = new ImapConnection(config, MailAuth.passwordsOnly());
        return this;
    }

    StepResult run() throws Exception {
        return run(tickets, false);
    }

    StepResult run(TicketSystem ticketSystem, boolean dryRun) throws Exception {
        SmtpMailer mailer = new SmtpMailer(config, imap, MailAuth.passwordsOnly(), clock);
        MailTriageStep step = new MailTriageStep(config, imap, ticketSystem, mailer);
        Journal j = dryRun && journal instanceof InMemoryJournal m ? m.dryRunView() : journal;
        return step.execute(new FixedStepContext(java.time.LocalDate.of(2026, 3, 2), clock, dryRun, j));
    }

    /** A simple customer message. */
    static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(LOCAL);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, TestMail.SUPPORT);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    /** A message from raw RFC 5322 text (bytes as ISO-8859-1 unless they are already 8-bit UTF-8). */
    static MimeMessage raw(String text) throws Exception {
        return raw(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static MimeMessage raw(byte[] bytes) throws Exception {
        return new MimeMessage(LOCAL, new ByteArrayInputStream(bytes));
    }

    void deliver(MimeMessage m) {
        support.deliver(m);
    }

    /** Messages left in a folder of the support mailbox. */
    List<Message> folder(String name) throws Exception {
        Folder f = imap.store().getFolder(name);
        if (!f.exists()) {
            return List.of();
        }
        f.open(Folder.READ_ONLY);
        try {
            List<Message> out = new ArrayList<>();
            for (Message m : f.getMessages()) {
                m.getSubject();
                out.add(new MimeMessage((MimeMessage) m));
            }
            return out;
        } finally {
            f.close(false);
        }
    }

    /** How many messages of a folder carry {@code keyword}: one SEARCH on the server, nothing is copied. */
    int countFlagged(String name, String keyword) throws Exception {
        Folder f = imap.store().getFolder(name);
        if (!f.exists()) {
            return 0;
        }
        f.open(Folder.READ_ONLY);
        try {
            return f.search(new jakarta.mail.search.FlagTerm(new jakarta.mail.Flags(keyword), true)).length;
        } finally {
            f.close(false);
        }
    }

    /** How many messages a folder of the support mailbox holds (0 when it does not exist); nothing is fetched. */
    int count(String name) throws Exception {
        Folder f = imap.store().getFolder(name);
        return f.exists() ? f.getMessageCount() : 0;
    }

    /** What a customer received in their mailbox (e.g. acknowledgements). */
    List<MimeMessage> receivedBy(String address) {
        return greenMail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    @Override
    public void close() {
        imap.stop();
    }
}
