package br.com.webplanet.roteiro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.config.ConfigurationException;
import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.StepBinder;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import br.com.webplanet.roteiro.spi.TicketSystem;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class RoteiroConfigTest {
    /**
     * Test settings.
     *
     * @param host     server
     * @param port     port
     * @param password password
     */
    public record MailTestConfig(String host, @Default("993") int port, Secret password) {}

    /** Logs in with its configured password and fails, quoting it, as a careless client library might. */
    static final class LoginStep implements ChecklistStep {
        private final MailTestConfig config;

        @Inject
        LoginStep(MailTestConfig config) {
            this.config = config;
        }

        @Override
        public StepDescriptor descriptor() {
            return TestStep.descriptor("mail.login", 1);
        }

        @Override
        public StepResult execute(StepContext context) {
            throw new IllegalStateException("login refused for " + config.host() + ":" + config.port()
                    + " with password " + config.password().reveal());
        }
    }

    static final class MailTestModule extends AbstractModule implements RoteiroModule {
        @Override
        public String name() {
            return "mail";
        }

        @Override
        protected void configure() {
            ConfigBinder.bindConfig(binder(), MailTestConfig.class, "mail");
            StepBinder.of(binder()).addStep(LoginStep.class);
        }
    }

    /** Needs a port no module binds: if Guice ran before the config check, its error would come first. */
    static final class NeedsPortModule extends AbstractModule implements RoteiroModule {
        @Override
        public String name() {
            return "g3stor";
        }

        @Override
        protected void configure() {
            requireBinding(TicketSystem.class);
        }
    }

    @Test
    void configuredRecordsReachStepsAndSecretsNeverReachReportsOrLogs(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("roteiro.yaml");
        Files.writeString(yaml, """
                roteiro:
                  journal-url: %s
                  locale: en
                mail:
                  host: imap.webplanet.com.br
                  password: ${ENV:MAIL_PASSWORD}
                """.formatted("jdbc:h2:mem:" + UUID.randomUUID()));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (Roteiro roteiro = Roteiro.builder().withModules(new MailTestModule()).config(yaml)
                .environment(Map.of("MAIL_PASSWORD", "s3nh4-d0-imap")).build()) {
            DailyReport report = roteiro.run();
            StepReport step = report.steps().get(0);

            assertThat(step.status()).isEqualTo(StepStatus.FAILED);
            assertThat(step.error().message())
                    .isEqualTo("login refused for imap.webplanet.com.br:993 with password [REDACTED]");
            assertThat(roteiro.history().report(report.runDate()).orElseThrow().toString())
                    .contains("[REDACTED]").doesNotContain("s3nh4-d0-imap");
            assertThat(roteiro.lookup(EngineConfig.class).orElseThrow().locale()).isEqualTo("en");
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("s3nh4-d0-imap"));
    }

    @Test
    void everyConfigurationMistakeIsReportedAtOnceBeforeAnyWiring() {
        Map<String, Object> tree = Map.of(
                "roteiro", Map.of("step-timout", "10m"),
                "mail", Map.of("port", "993", "password", "${ENV:MAIL_PASSWORD}"),
                "githb", Map.of("token", "x"));

        assertThatThrownBy(() -> Roteiro.builder().withModules(new MailTestModule(), new NeedsPortModule())
                .config(tree).environment(Map.of()).journalUrl("jdbc:h2:mem:" + UUID.randomUUID()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("step-timout")
                .hasMessageContaining("did you mean")
                .hasMessageContaining("mail.host")
                .hasMessageContaining("MAIL_PASSWORD")
                .hasMessageContaining("githb")
                .satisfies(e -> assertThat(((ConfigurationException) e).problems()).hasSize(4));
    }
}
