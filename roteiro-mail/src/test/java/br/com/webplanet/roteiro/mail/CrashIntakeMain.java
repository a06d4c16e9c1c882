package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The child JVM of {@link CrashSafetyTest}: one intake run against GreenMail with the H2 file journal
 * and the file-backed ticket system, killed at effect boundary {@code crashAt} (0: never).
 * Arguments: imapPort smtpPort stateDir crashAt.
 */
public final class CrashIntakeMain {
    private CrashIntakeMain() {}

    static MailConfig config(int imapPort, int smtpPort) {
        ServerConfig imap = ServerConfig.of("127.0.0.1").plainTextOn(imapPort).withLogin(TestMail.SUPPORT, Secret.of(TestMail.PASSWORD));
        ServerConfig smtp = ServerConfig.of("127.0.0.1").plainTextOn(smtpPort);
        return new MailConfig(imap, smtp, TestMail.SUPPORT, "Suporte", Optional.of("Enviados"),
                // written every second chunk: a kill falls both between a chunk's decisions and its write and
                // between two writes (IntakePipelineTest writes every chunk)
                IntakeConfig.defaults().withOwn(List.of(TestMail.SUPPORT), List.of()).withFetchChunk(50).withWriteEvery(100),
                null, null, new AckConfig(true, 1000, Duration.ofHours(3), 1000, 1000, true), null);
    }

    public static void main(String[] args) throws Exception {
        MailConfig config = config(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        Path dir = Path.of(args[2]);
        long crashAt = Long.parseLong(args[3]);
        Clock clock = Clock.systemUTC();
        try (JournalStore store = JournalStore.open(JournalStore.h2FileUrl(dir.resolve("journal")))) {
            CrashingJournal journal = new CrashingJournal(store.journal(), crashAt);
            FileTicketSystem tickets = new FileTicketSystem(dir.resolve("tickets.log"), clock);
            ImapConnection imap = new ImapConnection(config, MailAuth.passwordsOnly());
            SmtpMailer mailer = new SmtpMailer(config, imap, MailAuth.passwordsOnly(), clock);
            StepResult result = new MailTriageStep(config, imap, tickets, mailer).execute(FixedStepContext.of(clock, journal));
            imap.stop();
            System.out.println("RESULT " + result.counts());
        }
        System.exit(0);
    }
}
