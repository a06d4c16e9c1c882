package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.RoteiroCli;
import br.com.webplanet.roteiro.mail.ImapConnection;
import br.com.webplanet.roteiro.mail.MailConfig;
import br.com.webplanet.roteiro.mail.MailReplay;
import jakarta.mail.MessagingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roteiro mail …}: maintenance of the support mailbox's intake. */
@Command(name = "mail", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = MailCommand.Replay.class)
public final class MailCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), CliText.get("mail.noCommand"));
    }

    /**
     * {@code roteiro mail replay <Message-ID>} / {@code --quarantined}: withdraws intake's decision so the
     * mail is decided again, once, by the next triage (moved back to the intake folder when found).
     */
    @Command(name = "replay", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
    public static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Parameters(arity = "0..1", paramLabel = "<Message-ID>", descriptionKey = "message-id")
        String messageId;

        @Option(names = "--quarantined", descriptionKey = "quarantined")
        boolean quarantined;

        @Override
        public Integer call() throws MessagingException {
            if ((messageId == null) == !quarantined) {
                throw new RoteiroCli.CliUsageException(CliText.get("mail.replay.usage"));
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Roteiro roteiro = Launch.builder(config.resolve(Launch.env(spec)), Launch.env(spec))
                    .progress(br.com.webplanet.roteiro.engine.ProgressListener.NONE).build()) {
                MailConfig mail = roteiro.lookup(MailConfig.class).orElseThrow(() ->
                        new RoteiroCli.CliUsageException(CliText.get("mail.notConfigured")));
                roteiro.start();
                ImapConnection imap = roteiro.lookup(ImapConnection.class).orElse(null);
                MailReplay replay = new MailReplay(mail, imap, roteiro.journal());
                List<MailReplay.Outcome> outcomes = quarantined ? replay.replayQuarantined(Instant.now())
                        : List.of(replay.replay(messageId, Instant.now()));
                for (MailReplay.Outcome o : outcomes) {
                    out.println(o.movedBack() ? CliText.get("mail.replay.moved", o.messageId(), o.from())
                            : CliText.get("mail.replay.notFound", o.messageId()));
                }
                out.println(CliText.get("mail.replay.count", outcomes.size()));
                out.flush();
            }
            return ExitCode.OK;
        }
    }
}
