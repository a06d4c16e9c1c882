package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.TicketQuery;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 messages; intake runs in a separate JVM that is killed (halt, as kill -9) at random effect
 * boundaries, then re-run until it finishes. Every message must end with exactly one outcome, with no
 * duplicate ticket and no duplicate acknowledgement.
 */
class CrashSafetyTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());
    private static final int MESSAGES = 500;

    /**
     * Where the child keeps its journal and tickets: in memory-backed /dev/shm when there is one. A
     * killed process loses nothing the OS already has, so this keeps the test honest while sparing the
     * disk syncs that only matter for power loss (and would make the test minutes long).
     */
    @TempDir(factory = ShmTempDir.class)
    Path dir;

    @Test
    void intakeKilledAtRandomPointsEndsWithOneOutcomePerMessageAndNoDuplicates() throws Exception {
        preloadClassesUsedAfterTheChildren();
        GreenMailUser support = GREEN_MAIL.setUser(TestMail.SUPPORT, TestMail.SUPPORT, TestMail.PASSWORD);
        int requests = 0;
        for (int i = 0; i < MESSAGES; i++) {
            MimeMessage m = Harness.mail("cliente" + i + "@cliente.com.br", "Pedido " + i, "Texto do pedido " + i);
            if (i % 25 == 0) {
                m.setHeader("Auto-Submitted", "auto-replied");
                m.saveChanges();
            } else {
                requests++;
            }
            support.deliver(m);
        }
        Random random = new Random(20260302);
        List<Integer> exits = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            int exit = child(50 + random.nextInt(1200));
            exits.add(exit);
            if (exit == 0) {
                break;
            }
        }
        exits.add(child(0));

        assertThat(exits).contains(137).last().isEqualTo(0);
        FileTicketSystem tickets = new FileTicketSystem(dir.resolve("tickets.log"), Clock.systemUTC());
        List<Ticket> all = tickets.search(TicketQuery.all()).toList();
        assertThat(all).hasSize(requests);
        assertThat(all.stream().map(t -> t.externalRefs().get(0).value()).distinct().count()).isEqualTo(requests);
        Map<String, Long> acksPerCustomer = GREEN_MAIL.findReceivedMessages(u -> u.getEmail().startsWith("cliente"), m -> true)
                .collect(Collectors.groupingBy(m -> address(m), Collectors.counting()));
        assertThat(acksPerCustomer).hasSize(requests);
        assertThat(acksPerCustomer.values()).allMatch(n -> n == 1L);
        try (JournalStore store = JournalStore.open(JournalStore.h2FileUrl(dir.resolve("journal")))) {
            Map<String, MailDecision> decisions = store.journal().records(Handoffs.MAIL_DECISIONS, MailDecision.class);
            assertThat(decisions).hasSize(MESSAGES);
            Map<MailDisposition, Long> byKind = decisions.values().stream()
                    .collect(Collectors.groupingBy(MailDecision::disposition, Collectors.counting()));
            assertThat(byKind).containsEntry(MailDisposition.NEW_TICKET, (long) requests)
                    .containsEntry(MailDisposition.AUTOMATIC_IGNORED, (long) (MESSAGES - requests));
        }
        try (Harness h = new Harness(GREEN_MAIL)) {
            // counted, not copied: copying 500 messages one FETCH each took GreenMail minutes
            assertThat(h.count("INBOX")).isZero();
            assertThat(h.count("Arquivo")).isEqualTo(MESSAGES);
            assertThat(h.count("Enviados")).isEqualTo(requests);
        }
    }

    /**
     * Loads, before the long child runs, the roteiro-core classes the assertions use: other builds on
     * this machine may reinstall roteiro-core's jar in the local repository meanwhile.
     */
    private void preloadClassesUsedAfterTheChildren() throws Exception {
        Path scratch = java.nio.file.Files.createDirectories(dir.resolve("preload"));
        new FileTicketSystem(scratch.resolve("t.log"), Clock.systemUTC()).search(TicketQuery.all()).toList();
        try (JournalStore store = JournalStore.open(JournalStore.h2FileUrl(scratch.resolve("j")))) {
            store.journal().records(Handoffs.MAIL_DECISIONS, MailDecision.class);
            store.journal().record("preload", "k", new MailDecision("<p@x>", MailDisposition.NEW_TICKET, null, "", null, "", java.time.Instant.EPOCH));
            store.journal().records("preload", MailDecision.class);
        }
        try (Harness h = new Harness(GREEN_MAIL)) {
            h.count("INBOX");
        }
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int child(long crashAt) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                CrashIntakeMain.class.getName(), String.valueOf(GREEN_MAIL.getImap().getPort()),
                String.valueOf(GREEN_MAIL.getSmtp().getPort()), dir.toString(), String.valueOf(crashAt))
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "child-" + crashAt + ".log")).start();
        assertThat(p.waitFor(170, TimeUnit.SECONDS)).as("child finished").isTrue();
        System.out.println("child crashAt=" + crashAt + " exit=" + p.exitValue() + " " + java.nio.file.Files.readAllLines(
                dir.resolve("child-" + crashAt + ".log")).stream().filter(l -> l.startsWith("RESULT")).toList());
        return p.exitValue();
    }
}
