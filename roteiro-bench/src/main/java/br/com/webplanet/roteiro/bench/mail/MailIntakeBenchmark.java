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
import br.com.webplanet.roteiro.testing.ImapProxy;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
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
 *   <li>{@code compare-server HOST PORT USER PASSWORD N} / {@code compare-greenmail N}: in one run, the bare
 *       bulk fetch (the protocol limit), intake and Apache Camel's mail consumer (idempotent on
 *       Message-ID), each through a loopback proxy that counts IMAP commands, first with no added delay
 *       and then with {@code -Dbench.latencyMicros} (default 1000) added per round trip; with
 *       {@code -Dbench.mbit=M}, a third pass (bare and intake) adds that latency and carries the server's
 *       bytes at most at M Mbit/s, a link slower than loopback.</li>
 * </ul>
 * Intake here opens tickets in the in-memory ticket system, with acknowledgements off (an SMTP round trip
 * per message is not IMAP intake) and processed mail flagged, so the mailbox keeps its size for the
 * no-new-mail run, whose IMAP commands are counted from the protocol trace.
 */
public final class MailIntakeBenchmark {
    private static final String USER = "suporte@webplanet.com.br";
    private static final Pattern CLIENT_COMMAND = Pattern.compile("^[A-Z]\\d+ (?!OK|NO|BAD).*|.*command trace suppressed.*");

    private MailIntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "greenmail" : args[0]) {
            case "greenmail" -> greenMail(args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            case "server" -> server(args[1], Integer.parseInt(args[2]), args[3], args[4], Integer.parseInt(args[5]));
            case "heap" -> heap(args.length > 1 ? Integer.parseInt(args[1]) : 100);
            case "heap-child" -> heapChild(Integer.parseInt(args[1]));
            case "compare-greenmail" -> compareGreenMail(args.length > 1 ? Integer.parseInt(args[1]) : 200);
            case "compare-server" -> compareServer(args[1], Integer.parseInt(args[2]), args[3], args[4],
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException(
                    "mode must be greenmail, server, heap, compare-greenmail or compare-server");
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
        server(host, port, user, password, n, true);
    }

    private static void server(String host, int port, String user, String password, int n, boolean measure)
            throws Exception {
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
        if (measure) {
            measure("IMAP server " + host + ":" + port, config, n);
        }
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

    private static void compareGreenMail(int n) throws Exception {
        GreenMail greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        greenMail.start();
        GreenMailUser user = greenMail.setUser(USER, USER, "pw");
        Session local = Session.getInstance(new Properties());
        for (int i = 0; i < n; i++) {
            user.deliver(message(local, i, 0));
        }
        compare("GreenMail 2.1.13 (embedded)", "127.0.0.1", greenMail.getImap().getPort(), USER, "pw", n);
        greenMail.stop();
    }

    private static void compareServer(String host, int port, String user, String password, int n) throws Exception {
        if (!Boolean.getBoolean("bench.reuse") || count(config(host, port, user, password)) != n) {
            server(host, port, user, password, n, false);
        }
        compare("IMAP server " + host + ":" + port, host, port, user, password, n);
    }

    /** One run: bare bulk fetch, intake and Camel, alternating, without and with added latency. */
    private static void compare(String label, String host, int port, String user, String password, int n) throws Exception {
        long latency = Long.getLong("bench.latencyMicros", 1000);
        System.out.printf("== compare on %s, %d messages, Java %s, %d CPUs, %d rounds%n", label, n,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), ROUNDS);
        long mbit = Long.getLong("bench.mbit", 0);   // > 0: a third pass over a link of this many Mbit/s
        double intakeNoLatency = 0;
        long[][] passes = mbit > 0 ? new long[][] {{0, 0}, {latency, 0}, {latency, mbit}} : new long[][] {{0, 0}, {latency, 0}};
        for (long[] pass : passes) {
            long delay = pass[0];
            long linkMbit = pass[1];
            try (ImapProxy proxy = new ImapProxy(port, delay, linkMbit * 1_000_000)) {
                MailConfig config = config("127.0.0.1", proxy.port(), user, password);
                for (int w = 0; w < WARMUPS; w++) {   // the JIT settles after a few runs (a long-lived watch is warm)
                    bulkFetch(config);
                    intake(config, new InMemoryJournal(), new InMemoryTicketSystem(Clock.systemUTC()), null);
                }
                List<Double> bare = new ArrayList<>();
                List<Double> ours = new ArrayList<>();
                List<Double> peer = new ArrayList<>();
                List<Double> bareCpu = new ArrayList<>();
                List<Double> oursCpu = new ArrayList<>();
                List<Double> bareMachine = new ArrayList<>();
                List<Double> oursMachine = new ArrayList<>();
                long[] commands = new long[3];
                long[] writes = new long[3];
                long[] received = new long[3];
                // bare and intake alternate; Camel's rounds come after them, so the heap Camel leaves behind
                // (and its collection) never falls into a bare or intake round
                for (int round = 0; round < ROUNDS; round++) {
                    long c0 = proxy.commands.get();
                    long w0 = proxy.writes.get();
                    long b0 = proxy.serverBytes.get();
                    settle();
                    long cpu0 = cpu();
                    double m0 = machineBusy();
                    bare.add(bulkFetch(config) / 1e9);
                    bareCpu.add((cpu() - cpu0) / 1e9);
                    bareMachine.add(machineBusy() - m0);
                    long c1 = proxy.commands.get();
                    long w1 = proxy.writes.get();
                    long b1 = proxy.serverBytes.get();
                    InMemoryTicketSystem tickets = new InMemoryTicketSystem(Clock.systemUTC());
                    settle();
                    long t0 = System.nanoTime();
                    long cpu1 = cpu();
                    double m1 = machineBusy();
                    intake(config, new InMemoryJournal(), tickets, null);
                    ours.add((System.nanoTime() - t0) / 1e9);
                    oursCpu.add((cpu() - cpu1) / 1e9);
                    oursMachine.add(machineBusy() - m1);
                    if (tickets.size() != n) {
                        throw new IllegalStateException("intake opened " + tickets.size() + " tickets, expected " + n);
                    }
                    long c2 = proxy.commands.get();
                    long w2 = proxy.writes.get();
                    received[0] = b1 - b0;
                    received[1] = proxy.serverBytes.get() - b1;
                    commands[0] = c1 - c0;
                    commands[1] = c2 - c1;
                    writes[0] = w1 - w0;
                    writes[1] = w2 - w1;
                }
                if (PEER && delay == 0 && linkMbit == 0) {
                    camel("127.0.0.1", proxy.port(), user, password, n); // warm-up (once: JIT is warm after it)
                }
                for (int round = 0; PEER && linkMbit == 0 && round < ROUNDS; round++) {
                    long c2 = proxy.commands.get();
                    long w2 = proxy.writes.get();
                    settle();
                    peer.add(camel("127.0.0.1", proxy.port(), user, password, n) / 1e9);
                    commands[2] = proxy.commands.get() - c2;
                    writes[2] = proxy.writes.get() - w2;
                }
                if (peer.isEmpty()) {   // no peer, or the capped pass (Camel is judged on the two others)
                    peer.add(Double.NaN);
                }
                double b = median(bare);
                double o = median(ours);
                double p = median(peer);
                if (delay == 0) {
                    intakeNoLatency = o;
                }
                System.out.printf("-- added latency per round trip: %d µs%s%n", delay,
                        linkMbit > 0 ? ", server to client at most " + linkMbit + " Mbit/s" : "");
                System.out.printf("bare bulk fetch : %7.2f s (%s) %8.0f msg/s, %d IMAP commands (%d client writes), %.1f MB received%n", b,
                        secs(bare), n / b, commands[0], writes[0], received[0] / 1e6);
                System.out.printf("roteiro intake  : %7.2f s (%s) %8.0f msg/s, %d IMAP commands (%d client writes), %.1f MB received; %.2f x bare rate%n", o,
                        secs(ours), n / o, commands[1], writes[1], received[1] / 1e6, b / o);
                System.out.printf("camel-mail      : %7.2f s (%s) %8.0f msg/s, %d IMAP commands (%d client writes); intake is %.1f x camel%n", p,
                        secs(peer), n / p, commands[2], writes[2], p / o);
                System.out.printf("JVM CPU (all threads, incl. GC and the proxy): bare %.2f s, intake %.2f s (medians)%n",
                        median(bareCpu), median(oursCpu));
                System.out.printf("machine CPU busy (/proc/stat, every process incl. the IMAP server): bare %.2f s, intake %.2f s (medians)%n",
                        median(bareMachine), median(oursMachine));
                if (delay > 0 && linkMbit == 0) {
                    System.out.printf("intake wall time with latency / without: %.2f%n", o / intakeNoLatency);
                }
            }
        }
    }

    /** Messages in INBOX (with -Dbench.reuse=true a mailbox already holding n messages is measured as it is). */
    private static int count(MailConfig config) throws Exception {
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        try {
            return imap.store().getFolder("INBOX").getMessageCount();
        } finally {
            imap.stop();
        }
    }

    /**
     * A pause before each timed run, so background JIT compilation and concurrent GC work of the run before
     * it can finish first. (A full GC here was tried: G1 then shrinks the young generation and every run
     * collects more often, bare fetch included.)
     */
    private static void settle() throws InterruptedException {
        Thread.sleep(200);
    }

    /** Busy CPU seconds of the whole machine so far (Linux {@code /proc/stat}; NaN elsewhere). */
    private static double machineBusy() {
        try {
            String[] f = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) {   // idle and iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0;   // USER_HZ
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** CPU time of this JVM so far (every thread, GC and JIT included). */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String secs(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.2f", v)).toList().toString();
    }

    /**
     * The protocol limit for what a ticket needs: per chunk of 500, one FETCH of envelope, flags, UID,
     * structure and the headers intake reads, and one FETCH of the first 64 KB of every text body.
     */
    private static long bulkFetch(MailConfig config) throws Exception {
        ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
        long t0 = System.nanoTime();
        org.eclipse.angus.mail.imap.IMAPFolder folder =
                (org.eclipse.angus.mail.imap.IMAPFolder) imap.folder("INBOX", Folder.READ_ONLY, false);
        FetchProfile fp = MailTriageStep.fetchProfile();   // exactly what intake fetches
        Message[] all = folder.getMessages();
        long bytes = 0;
        for (int i = 0; i < all.length; i += 500) {
            Message[] chunk = Arrays.copyOfRange(all, i, Math.min(all.length, i + 500));
            folder.fetch(chunk, fp);
            String set = chunk[0].getMessageNumber() + ":" + chunk[chunk.length - 1].getMessageNumber();
            bytes += (Long) folder.doCommand(p -> {
                org.eclipse.angus.mail.iap.Response[] r = p.command("FETCH " + set + " (BODY.PEEK[1]<0.65536>)", null);
                long sum = 0;
                List<org.eclipse.angus.mail.iap.Response> others = new ArrayList<>();
                for (int k = 0; k < r.length - 1; k++) {
                    if (r[k] instanceof org.eclipse.angus.mail.imap.protocol.FetchResponse f
                            && f.getItem(org.eclipse.angus.mail.imap.protocol.BODY.class) != null) {
                        sum += f.getItem(org.eclipse.angus.mail.imap.protocol.BODY.class).getByteArray().getCount();
                    } else {
                        others.add(r[k]);
                    }
                }
                p.notifyResponseHandlers(others.toArray(org.eclipse.angus.mail.iap.Response[]::new));
                p.handleResult(r[r.length - 1]);
                return sum;
            });
        }
        folder.close(false);
        long took = System.nanoTime() - t0;
        imap.stop();
        if (bytes == 0) {
            throw new IllegalStateException("bulk fetch read no text");
        }
        return took;
    }

    /**
     * Apache Camel's mail consumer (camel-mail) taking the same n messages, idempotent on Message-ID, reading
     * each body as text; timed from route start to the n-th message processed.
     */
    private static long camel(String host, int port, String user, String password, int n) throws Exception {
        try (org.apache.camel.impl.DefaultCamelContext context = new org.apache.camel.impl.DefaultCamelContext()) {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(n);
            AtomicLong chars = new AtomicLong();
            context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("imap://" + host + ":" + port + "?username=RAW(" + user + ")&password=RAW(" + password
                            + ")&unseen=false&delete=false&peek=true&initialDelay=0&delay=20&maxMessagesPerPoll=0"
                            + "&disconnect=false&closeFolder=false")
                            .routeId("camel-mail").autoStartup(false)
                            .idempotentConsumer(header("Message-ID"),
                                    org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository
                                            .memoryIdempotentRepository(2 * n))
                            .process(e -> {
                                chars.addAndGet(e.getIn().getBody(String.class).length());
                                done.countDown();
                            });
                }
            });
            context.start();
            long t0 = System.nanoTime();
            context.getRouteController().startRoute("camel-mail");
            if (!done.await(30, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("camel took " + (n - done.getCount()) + " of " + n + " in 30 min");
            }
            long took = System.nanoTime() - t0;
            context.getRouteController().stopRoute("camel-mail");
            if (chars.get() == 0) {
                throw new IllegalStateException("camel read no text");
            }
            return took;
        }
    }

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** Untimed runs of the bare fetch and of intake before each pass ({@code -Dbench.warmups}). */
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 5);
    /** {@code -Dbench.peer=false} leaves Camel out (for quick iterations on intake; the judged run keeps it). */
    private static final boolean PEER = !"false".equals(System.getProperty("bench.peer"));

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
        FetchProfile fp = MailTriageStep.fetchProfile();   // exactly what intake fetches
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
                IntakeConfig.defaults().withArchive(Optional.empty())
                        .withFetchChunk(Integer.getInteger("bench.intakeChunk", IntakeConfig.defaults().fetchChunk())), null, null,
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
