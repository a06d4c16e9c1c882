package br.com.webplanet.roteiro.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.ExitCode;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.Handoffs;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roteiro mail replay} (#10 item 7) against the demo's GreenMail and G3stor simulator. */
class MailReplayCommandTest {
    private static final String QUARANTINED_ID = "<sem-remetente-1@cliente.com.br>";

    @TempDir
    Path dir;

    @Test
    void replayOfTheQuarantineMovesTheMailBackAndTheNextTriageDecidesItAgainOnce() throws Exception {
        try (DemoEnvironment env = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            GreenMailUser support = env.mail().getUserManager().getUserByEmail("suporte@webplanet.com.br");
            support.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream((
                    "To: suporte@webplanet.com.br\r\nSubject: sem remetente\r\nMessage-ID: " + QUARANTINED_ID
                            + "\r\nDate: Mon, 2 Mar 2026 09:00:00 +0000\r\n\r\ntexto\r\n").getBytes(StandardCharsets.UTF_8))));
            Map<String, String> environment = env.environment(new HashMap<>(System.getenv()));
            triage(env, environment);
            assertThat(decision(env, environment).disposition()).isEqualTo(MailDisposition.QUARANTINED);

            CliRun usage = CliRun.of(env.environment(Map.of("ROTEIRO_LANG", "pt-BR")), "mail", "replay",
                    "--config", env.configFile().toString());
            assertThat(usage.exitCode()).isNotEqualTo(ExitCode.OK);
            assertThat(usage.all()).contains("Informe um Message-ID ou --quarantined");

            CliRun replay = CliRun.of(env.environment(Map.of("ROTEIRO_LANG", "pt-BR")), "mail", "replay",
                    "--quarantined", "--config", env.configFile().toString());

            assertThat(replay.exitCode()).as(replay.all()).isEqualTo(ExitCode.OK);
            assertThat(replay.out()).contains(QUARANTINED_ID + ": decisão retirada; mensagem devolvida de Quarentena")
                    .contains("1 mensagem(ns) serão decididas de novo");
            DailyReport again = triage(env, environment);
            assertThat(again.steps().get(0).counts()).containsEntry("messages", 1L).doesNotContainKey("alreadyDecided");
            DailyReport third = triage(env, environment);
            assertThat(third.steps().get(0).counts()).doesNotContainKey("messages");
        }
    }

    private static DailyReport triage(DemoEnvironment env, Map<String, String> environment) {
        try (Roteiro roteiro = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                .config(env.configFile()).environment(environment).build()) {
            return roteiro.runSteps(Set.of("mail.triage"));
        }
    }

    private static MailDecision decision(DemoEnvironment env, Map<String, String> environment) {
        try (Roteiro roteiro = Roteiro.builder().withModules(new LauncherModule()).discoverModules()
                .config(env.configFile()).environment(environment).build()) {
            return roteiro.journal().records(Handoffs.MAIL_DECISIONS, MailDecision.class).get(QUARANTINED_ID);
        }
    }
}
