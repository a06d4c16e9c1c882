package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 for the mailbox, through the engine (the mail module discovered by {@code Roteiro}, an H2 journal,
 * GreenMail): a quarantined mail's task stays open across runs and closes itself ("resolvida pelo
 * roteiro") when the mail, replayed, is decided again without quarantine; a mail that failed runs closes
 * its task when it finally succeeds.
 */
class MailTaskLifeTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    @TempDir
    Path dir;

    private Map<String, Object> config() {
        return Map.of("mail", Map.of(
                "imap", Map.of("host", "127.0.0.1", "port", GREEN_MAIL.getImap().getPort(), "tls", false,
                        "user", TestMail.SUPPORT, "password", TestMail.PASSWORD),
                "smtp", Map.of("host", "127.0.0.1", "port", GREEN_MAIL.getSmtp().getPort(), "tls", false),
                "from", TestMail.SUPPORT,
                "sentFolder", "Enviados",
                "ack", Map.of("enabled", false),
                "intake", Map.of("folders", List.of("INBOX"), "archiveFolder", "Arquivo",
                        "quarantineFolder", "Quarentena", "maxAttempts", 2)));
    }

    private Roteiro roteiro(TicketSystem tickets) {
        return Roteiro.builder().withModules(new MailModule()).config(config())
                .journalUrl("jdbc:h2:file:" + dir.resolve("journal"))
                .bind(b -> b.bind(TicketSystem.class).toInstance(tickets)).build();
    }

    private static Optional<Task> taskAbout(Roteiro roteiro, String messageId) {
        return roteiro.tasks().all().stream().filter(t -> t.subject().equals("mail:" + messageId)).findFirst();
    }

    @Test
    void quarantinedMailTaskClosesItselfWhenTheReplayedMailIsDecided() throws Exception {
        TestMail.createSupportUser(GREEN_MAIL);
        FaultyTickets faulty = new FaultyTickets(new InMemoryTicketSystem(Clock.systemUTC()));
        faulty.onOpen = t -> new RemoteException("POST /tickets", 422, false, "description too large",
                Map.of("description", "too large"), null);
        MimeMessage m = Harness.mail("ana@cliente.com.br", "Enorme", "texto");
        GREEN_MAIL.setUser(TestMail.SUPPORT, TestMail.PASSWORD).deliver(m);
        String id = m.getMessageID();

        try (Roteiro roteiro = roteiro(faulty)) {
            roteiro.run();
            Task open = taskAbout(roteiro, id).orElseThrow();
            assertThat(open.state()).isEqualTo(TaskState.OPEN);
            assertThat(open.target()).contains("Quarentena").contains(id);

            roteiro.run();   // nothing new: the quarantined mail is not looked at, its task stays open
            assertThat(taskAbout(roteiro, id).orElseThrow().state()).isEqualTo(TaskState.OPEN);
            assertThat(roteiro.tasks().open()).filteredOn(t -> t.subject().startsWith("mail:")).hasSize(1);

            faulty.onOpen = t -> null;   // G3stor now accepts it; a person replays the mail
            MailReplay.Outcome replay = new MailReplay(roteiro.lookup(MailConfig.class).orElseThrow(),
                    roteiro.lookup(ImapConnection.class).orElseThrow(), roteiro.journal()).replay(id, Instant.now());
            assertThat(replay.movedBack()).isTrue();
            roteiro.run();

            Task closed = taskAbout(roteiro, id).orElseThrow();
            assertThat(closed.state()).isNotEqualTo(TaskState.OPEN);
            assertThat(closed.closedBy()).isEqualTo(Task.ROTEIRO);
            assertThat(closed.closeNote()).contains("resolvida pelo roteiro");
            assertThat(roteiro.tasks().open()).noneMatch(t -> t.subject().equals("mail:" + id));
        }
    }

    @Test
    void failingMailTaskClosesWhenTheMailFinallySucceeds() throws Exception {
        TestMail.createSupportUser(GREEN_MAIL);
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(Clock.systemUTC());
        FaultyTickets faulty = new FaultyTickets(tickets);
        faulty.onOpen = t -> new RemoteException("POST /tickets", 503, true, "indisponível", Map.of(), null);
        MimeMessage m = Harness.mail("ana@cliente.com.br", "Falha passageira", "texto");
        GREEN_MAIL.setUser(TestMail.SUPPORT, TestMail.PASSWORD).deliver(m);
        String id = m.getMessageID();

        try (Roteiro roteiro = roteiro(faulty)) {
            roteiro.run();
            assertThat(taskAbout(roteiro, id).orElseThrow().state()).isEqualTo(TaskState.OPEN);

            faulty.onOpen = t -> null;
            roteiro.run();

            Task closed = taskAbout(roteiro, id).orElseThrow();
            assertThat(closed.state()).isNotEqualTo(TaskState.OPEN);
            assertThat(closed.closedBy()).isEqualTo(Task.ROTEIRO);
            assertThat(tickets.size()).isEqualTo(1);
        }
    }

    @Test
    void attachmentTooLargeTaskIsReexaminedWhenTheReplayedMailHandsItOff() throws Exception {
        try (Harness h = new Harness(GREEN_MAIL)) {
            IntakeConfig i = h.config.intake();
            IntakeConfig small = new IntakeConfig(i.folders(), java.util.Optional.of("Arquivo"), i.processedFlag(),
                    i.quarantineFolder(), i.fetchChunk(), i.ourAddresses(), i.ourDomains(), 10, i.reopenWindow(),
                    i.maxAttempts(), i.priorityRules());
            MailConfig routed = h.config.withRoutes(new AttachmentRoute(List.of("@transportadora.com.br"),
                    List.of("romaneio.*\\.csv")), AttachmentRoute.none());
            h.configure(routed.withIntake(small));
            MimeMessage m = Harness.mail("logistica@transportadora.com.br", "Romaneio 4512", "Segue.");
            jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
            text.setText("Segue o romaneio.", "UTF-8");
            jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
            file.setContent("numero;cliente\n4512;Loja".getBytes(), "text/csv");
            file.setFileName("romaneio_4512.csv");
            m.setContent(new jakarta.mail.internet.MimeMultipart(text, file));
            m.saveChanges();
            h.deliver(m);
            String id = m.getMessageID();

            br.com.webplanet.roteiro.spi.StepResult first = h.run();
            assertThat(first.humanTasks()).singleElement()
                    .satisfies(t -> assertThat(t.subject()).isEqualTo("mail:" + id + "#2"));
            assertThat(first.reexamined().covers("mail:" + id + "#2")).isFalse();

            h.configure(routed.withIntake(   // a person raised the limit, then replays the mail
                    new IntakeConfig(i.folders(), java.util.Optional.of("Arquivo"), i.processedFlag(),
                            i.quarantineFolder(), i.fetchChunk(), i.ourAddresses(), i.ourDomains(), 1_000_000,
                            i.reopenWindow(), i.maxAttempts(), i.priorityRules())));
            new MailReplay(h.config, h.imap, h.journal).replay(id, Instant.now());
            br.com.webplanet.roteiro.spi.StepResult again = h.run();

            assertThat(again.humanTasks()).isEmpty();
            assertThat(again.reexamined().covers("mail:" + id + "#2")).isTrue();
            assertThat(again.reexamined().covers("mail:" + id)).isTrue();
        }
    }
}
