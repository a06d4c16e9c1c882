package br.com.webplanet.roteiro.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.demo.DemoEnvironment;
import br.com.webplanet.roteiro.mail.MailModule;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.MarkdownReportRenderer;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding guide, as code: an application runs only the mail step from its own code,
 * with its own {@link TicketSystem}, and reads the {@link DailyReport}.
 */
class EmbeddingGuideTest {
    @TempDir
    Path dir;

    @Test
    void anAppRunsOnlyTheMailModuleAgainstItsOwnTicketSystemAndReadsTheReport() {
        try (DemoEnvironment demo = DemoEnvironment.start(dir, Clock.systemDefaultZone())) {
            TicketSystem ownTickets = new InMemoryTicketSystem(Clock.systemUTC());
            Map<String, Object> config = Map.of(
                    "roteiro", Map.of("journal-url", "jdbc:h2:file:" + dir.resolve("app-journal/roteiro")),
                    "mail", Map.of(
                            "imap", Map.of("host", "127.0.0.1", "port", demo.mail().getImap().getPort(),
                                    "user", "suporte", "password", "${ENV:ROTEIRO_DEMO_MAIL_PASSWORD}", "tls", false),
                            "smtp", Map.of("host", "127.0.0.1", "port", demo.mail().getSmtp().getPort(),
                                    "user", "suporte", "password", "${ENV:ROTEIRO_DEMO_MAIL_PASSWORD}", "tls", false),
                            "from", "suporte@webplanet.com.br"));

            DailyReport report;
            try (Roteiro roteiro = Roteiro.builder()
                    .withModules(new MailModule())
                    .config(config)
                    .environment(demo.environment(Map.of()))
                    .bind(binder -> binder.bind(TicketSystem.class).toInstance(ownTickets))
                    .build()) {
                report = roteiro.run();
            }

            StepReport triage = report.steps().get(0);
            assertThat(report.steps()).hasSize(1);
            assertThat(triage.stepId()).isEqualTo("mail.triage");
            assertThat(triage.status()).isIn(StepStatus.DONE, StepStatus.NEEDS_ATTENTION);
            int opened = ((InMemoryTicketSystem) ownTickets).size();
            assertThat(opened).as("new requests, and mail about tickets this system does not know").isGreaterThanOrEqualTo(2);
            assertThat(triage.counts()).containsEntry("ticketsOpened", (long) opened);
            assertThat(new MarkdownReportRenderer().render(report)).contains("mail.triage");
        }
    }
}
