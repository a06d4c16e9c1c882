package br.com.webplanet.roteiro.bench.mail;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.mail.AckConfig;
import br.com.webplanet.roteiro.mail.ImapConnection;
import br.com.webplanet.roteiro.mail.IntakeConfig;
import br.com.webplanet.roteiro.mail.MailAuth;
import br.com.webplanet.roteiro.mail.MailConfig;
import br.com.webplanet.roteiro.mail.MailTriageStep;
import br.com.webplanet.roteiro.mail.ServerConfig;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.memory.RecordingMailer;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Intake benchmark (a main, not a test). Modes:
 * <ul>
 *   <li>{@code greenmail N}: N messages in an embedded GreenMail; bare Angus bulk fetch vs intake.</li>
 *   <li>{@code server HOST PORT USER PASSWORD N}: the same against a running IMAP server (e.g. Dovecot on
 *       loopback, plain text); the benchmark empties INBOX and appends N messages first.</li>
 *   <li>{@code heap N}: N messages with a 1 MB attachment in GreenMail; intake runs in a child JVM with
 *       {@code -Xmx256m} and reports its peak heap.</li>
 * </ul>
 * Intake here opens tickets in the in-memory ticket system, with acknowledgements off (an SMTP round trip
 * per message is not IMAP intake) and processed mail flagged, so the mailbox keeps its size for the
 * no-new-mail run, whose IMAP commands are counted from the protocol trace.
 */
public final class MailIntakeBenchmark {
    private static final String USER = "suporte@webplanet.com.br";
    private static final List<String> HEADERS = List.of("Subject", "References", "In-Reply-To", "Auto-Submitted", "Precedence",
            "X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond", "List-Unsubscribe", "List-Id",
            "Return-Path", "X-Failed-Recipients");
    private static final Pattern CLIENT_COMMAND = Pattern.compile("^[A-Z]\\d+ (?!OK|NO|BAD).*|.*command trace suppressed.*");

    private MailIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "greenmail" : args[0]) {
            case "greenmail" -> greenMail(args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            case "server" -> server(args[1], Integer.parseInt(args[2]), args[3], args[4], Integer.parseInt(args[5]));
            case "heap" -> heap(args.length > 1 ? Integer.parseInt(args[1]) : 100);
            case "heap-child" -> heapChild(Integer.parseInt(args[1]));
            default -> throw new IllegalArgumentException("mode must be greenmail, server or heap");
        }
        System.exit(0);
    }

    private static void greenMail(int n) throws Exception {
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        GreenMailUser user = greenMail.setUser(USER, USER, "pw");
        Session local = Session.getInstance(new Properties());
        for (int i = 0; i < n; i++) {
            user.deliver(message(local, i, 0));
        }
        measure("GreenMail " + "2.1.13", config(greenMail.getImap().getPort(), "pw"), n);
        greenMail.stop();
    }

    private static void server(String host, int port, String user, String password, int n) throws Exception {
        MailConfig config = config(host, port, user, password);
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        Folder inbox = imap.folder("INBOX", Folder.READ_WRITE, false);
        Message[] old = inbox.getMessages();
        if (old.length > 0) {
            inbox.setFlags(old, new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true);
            inbox.expunge();
        }
        inbox.close(false);
        long t0 = System.nanoTime();
        Folder target = imap.store().getFolder("INBOX");
        List<Message> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(message(imap.session(), i, 0));
            if (batch.size() == 500 || i == n - 1) {
                target.appendMessages(batch.toArray(Message[]::new));
                batch.clear();
            }
        }
        System.out.printf("appended %d messages in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
        imap.stop();
        measure("IMAP server " + host + ":" + port, config, n);
    }

    private static void measure(String label, MailConfig config, int n) throws Exception {
        System.out.printf("== %s, %d messages, Java %s, %d CPUs%n", label, n, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        bareFetch(config);
        intake(config, new InMemoryJournal(), new InMemoryTicketSystem(Clock.systemUTC()), null);
        List<Double> bares = new ArrayList<>();
        List<Double> intakes = new ArrayList<>();
        Journal journal = null;
        InMemoryTicketSystem tickets = null;
        for (int round = 0; round < ROUNDS; round++) {
            bares.add(rate(n, bareFetch(config)));
            journal = new InMemoryJournal();
            tickets = new InMemoryTicketSystem(Clock.systemUTC());
            long t0 = System.nanoTime();
            StepResult first = intake(config, journal, tickets, null);
            intakes.add(rate(n, System.nanoTime() - t0));
            if (tickets.size() != n) {
                throw new IllegalStateException("expected " + n + " tickets, got " + tickets.size() + ": " + first.counts());
            }
        }
        double bare = median(bares);
        double intake = median(intakes);
        System.out.printf("bare Angus bulk fetch + text : %8.1f msg/s median of %s%n", bare, rounded(bares));
        System.out.printf("intake (tickets in memory)   : %8.1f msg/s median of %s; ratio to bare %.2f%n", intake,
                rounded(intakes), intake / bare);
        AtomicLong commands = new AtomicLong();
        long t1 = System.nanoTime();
        StepResult second = intake(config, journal, tickets, commands);
        System.out.printf("no-new-mail run              : %d IMAP commands (incl. login), %d ms, counts %s%n",
                commands.get(), (System.nanoTime() - t1) / 1_000_000, second.counts());
    }

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static double rate(int n, long nanos) {
        return n / (nanos / 1e9);
    }

    /** The floor: one bulk FETCH per chunk of envelope, flags, UID, structure and headers, and each text body. */
    private static long bareFetch(MailConfig config) throws Exception {
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        long t0 = System.nanoTime();
        Folder folder = imap.folder("INBOX", Folder.READ_ONLY, false);
        FetchProfile fp = new FetchProfile();
        fp.add(FetchProfile.Item.ENVELOPE);
        fp.add(FetchProfile.Item.FLAGS);
        fp.add(FetchProfile.Item.CONTENT_INFO);
        fp.add(FetchProfile.Item.SIZE);
        fp.add(UIDFolder.FetchProfileItem.UID);
        HEADERS.forEach(fp::add);
        Message[] all = folder.getMessages();
        long chars = 0;
        for (int i = 0; i < all.length; i += 500) {
            Message[] chunk = Arrays.copyOfRange(all, i, Math.min(all.length, i + 500));
            folder.fetch(chunk, fp);
            for (Message m : chunk) {
                Object content = m.getContent();
                if (content instanceof Multipart mp) {
                    content = mp.getBodyPart(0).getContent();
                }
                chars += String.valueOf(content).length();
            }
        }
        folder.close(false);
        long took = System.nanoTime() - t0;
        imap.stop();
        if (chars == 0) {
            throw new IllegalStateException("bare fetch read no text");
        }
        return took;
    }

    private static StepResult intake(MailConfig config, Journal journal, InMemoryTicketSystem tickets,
                                     AtomicLong commandCounter) throws Exception {
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        if (commandCounter != null) {
            imap.session().setDebugOut(new PrintStream(new LineCounter(commandCounter), true, StandardCharsets.UTF_8));
            imap.session().setDebug(true);
        }
        Clock clock = Clock.systemUTC();
        MailTriageStep step = new MailTriageStep(config, imap, tickets, new RecordingMailer(clock,
                br.com.webplanet.roteiro.model.MailAddress.of(USER)));
        try {
            return step.execute(FixedStepContext.of(clock, journal));
        } finally {
            imap.stop();
        }
    }

    private static void heap(int n) throws Exception {
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        GreenMailUser user = greenMail.setUser(USER, USER, "pw");
        Session local = Session.getInstance(new Properties());
        for (int i = 0; i < n; i++) {
            user.deliver(message(local, i, 1024 * 1024));
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MailIntakeBenchmark.class.getName(), "heap-child", String.valueOf(greenMail.getImap().getPort()))
                .inheritIO().start();
        int exit = child.waitFor();
        greenMail.stop();
        if (exit != 0) {
            throw new IllegalStateException("heap child failed with exit " + exit);
        }
    }

    private static void heapChild(int imapPort) throws Exception {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(Clock.systemUTC());
        long t0 = System.nanoTime();
        StepResult result = intake(config(imapPort, "pw"), new InMemoryJournal(), tickets, null);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("== heap: %d messages with a 1 MB attachment, -Xmx%d MB: %d tickets in %d ms, "
                        + "peak heap (sum of heap pool peaks) %.1f MB; counts %s%n", tickets.size(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), tickets.size(), (System.nanoTime() - t0) / 1_000_000,
                peak / (1024.0 * 1024), result.counts());
    }

    private static MailConfig config(int imapPort, String password) {
        return config("127.0.0.1", imapPort, USER, password);
    }

    private static MailConfig config(String host, int imapPort, String user, String password) {
        ServerConfig imap = ServerConfig.of(host).plainTextOn(imapPort).withLogin(user, Secret.of(password));
        ServerConfig smtp = ServerConfig.of(host).plainTextOn(25);
        return new MailConfig(imap, smtp, USER, "Suporte", Optional.empty(),
                IntakeConfig.defaults().withArchive(Optional.empty()), null, null,
                new AckConfig(false, 10, Duration.ofHours(3)), null);
    }

    private static MimeMessage message(Session session, int i, int attachmentBytes) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("cliente" + (i % 500) + "@cliente.com.br", "Cliente " + i, "UTF-8"));
        m.setRecipients(Message.RecipientType.TO, USER);
        m.setSubject("Pedido de manutenção nº " + i, "UTF-8");
        m.setSentDate(java.util.Date.from(Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i)));
        String text = "Olá, a instalação elétrica da loja " + i + " precisa de revisão. Obrigado.\n".repeat(8);
        if (attachmentBytes == 0) {
            m.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            byte[] bytes = new byte[attachmentBytes];
            new Random(i).nextBytes(bytes);
            file.setContent(bytes, "application/pdf");
            file.setFileName("planta-" + i + ".pdf");
            m.setContent(new MimeMultipart(body, file));
        }
        m.setHeader("Message-ID", "<bench-" + i + "@cliente.com.br>");
        m.saveChanges();
        m.setHeader("Message-ID", "<bench-" + i + "@cliente.com.br>");
        return m;
    }

    /** Counts the client command lines (tagged, not server status) in Angus' protocol trace. */
    private static final class LineCounter extends OutputStream {
        private final AtomicLong count;
        private final StringBuilder line = new StringBuilder();

        LineCounter(AtomicLong count) {
            this.count = count;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                if (System.getenv("BENCH_TRACE") != null) {
                    System.err.println("TRACE " + line);
                }
                if (CLIENT_COMMAND.matcher(line).matches()) {
                    count.incrementAndGet();
                }
                line.setLength(0);
            } else if (line.length() < 200) {
                line.append((char) b);
            }
        }
    }
}
