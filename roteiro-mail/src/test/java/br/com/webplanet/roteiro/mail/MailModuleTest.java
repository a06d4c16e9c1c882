package br.com.webplanet.roteiro.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.memory.InMemoryTicketSystem;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.TicketSystem;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class MailModuleTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(TestMail.setups());

    @TempDir
    Path dir;

    private Map<String, Object> config(Map<String, Object> imapExtra) {
        Map<String, Object> imap = new java.util.HashMap<>(Map.of("host", "127.0.0.1", "port", GREEN_MAIL.getImap().getPort(),
                "tls", false, "user", TestMail.SUPPORT, "password", TestMail.PASSWORD));
        imap.putAll(imapExtra);
        return Map.of("mail", Map.of(
                "imap", imap,
                "smtp", Map.of("host", "127.0.0.1", "port", GREEN_MAIL.getSmtp().getPort(), "tls", false),
                "from", TestMail.SUPPORT,
                "sentFolder", "Enviados",
                "intake", Map.of("folders", List.of("INBOX"), "archiveFolder", "Arquivo")));
    }

    @Test
    void moduleIsDiscoveredRunsTriageAndStopsCleanly() throws Exception {
        TestMail.createSupportUser(GREEN_MAIL);
        GREEN_MAIL.setUser(TestMail.SUPPORT, TestMail.PASSWORD).deliver(
                Harness.mail("ana@cliente.com.br", "Instalação", "Preciso de ajuda."));
        InMemoryTicketSystem tickets = new InMemoryTicketSystem(Clock.systemUTC());
        DailyReport report;
        try (Roteiro roteiro = Roteiro.builder().discoverModules().config(config(Map.of()))
                .journalUrl("jdbc:h2:file:" + dir.resolve("journal"))
                .bind(b -> b.bind(TicketSystem.class).toInstance(tickets)).build()) {
            assertThat(roteiro.steps()).extracting(StepDescriptor::id).containsExactly(MailTriageStep.ID);
            assertThat(roteiro.lookup(MailboxWatcher.class)).isPresent();
            assertThat(roteiro.lookup(Mailer.class)).get().isInstanceOf(SmtpMailer.class);
            report = roteiro.run();
        }
        assertThat(tickets.size()).isEqualTo(1);
        assertThat(report.toString()).contains(MailTriageStep.ID);
    }

    @Test
    void acrossDaysSettingsBindFromKebabCaseYamlKeys() {
        Map<String, Object> base = new java.util.HashMap<>(config(Map.of()));
        Map<String, Object> mail = new java.util.HashMap<>((Map<String, Object>) base.get("mail"));
        mail.put("intake", Map.of("folders", List.of("INBOX"), "archive-folder", "Arquivo", "reopen-window", "10d",
                "max-attempts", 5, "write-every", 250, "priority-rules", List.of(Map.of("domain", "farmacia.com.br", "urgency", "HIGH"),
                        Map.of("keyword", "nota fiscal", "impact", "VERY_HIGH"))));
        mail.put("ack", Map.of("domain-limit", 4, "global-limit", 40, "skip-when-auth-fails", false));
        base.put("mail", mail);
        try (Roteiro roteiro = Roteiro.builder().withModules(new MailModule()).config(base)
                .journalUrl("jdbc:h2:file:" + dir.resolve("journal3"))
                .bind(b -> b.bind(TicketSystem.class).toInstance(new InMemoryTicketSystem(Clock.systemUTC()))).build()) {
            MailConfig bound = roteiro.lookup(MailConfig.class).orElseThrow();
            assertThat(bound.intake().reopenWindow()).isEqualTo(java.time.Duration.ofDays(10));
            assertThat(bound.intake().maxAttempts()).isEqualTo(5);
            assertThat(bound.intake().writeEvery()).isEqualTo(250);
            assertThat(bound.intake().priorityRules()).hasSize(2);
            assertThat(bound.intake().priorityRules().get(0).urgency()).contains(br.com.webplanet.roteiro.model.Urgency.HIGH);
            assertThat(bound.ack().domainLimit()).isEqualTo(4);
            assertThat(bound.ack().globalLimit()).isEqualTo(40);
            assertThat(bound.ack().skipWhenAuthFails()).isFalse();
        }
        try (Roteiro defaults = Roteiro.builder().withModules(new MailModule()).config(config(Map.of()))
                .journalUrl("jdbc:h2:file:" + dir.resolve("journal4"))
                .bind(b -> b.bind(TicketSystem.class).toInstance(new InMemoryTicketSystem(Clock.systemUTC()))).build()) {
            MailConfig bound = defaults.lookup(MailConfig.class).orElseThrow();
            assertThat(bound.intake().reopenWindow()).isEqualTo(java.time.Duration.ofDays(30));
            assertThat(bound.intake().maxAttempts()).isEqualTo(3);
            assertThat(bound.intake().writeEvery()).isEqualTo(2000);
            assertThat(bound.ack().domainLimit()).isEqualTo(30);
            assertThat(bound.ack().skipWhenAuthFails()).isTrue();
        }
    }

    @Test
    void processedFlagMustBeAnImapKeyword() {
        // it is written into UID STORE as it is: a space or a parenthesis would break the command
        for (String bad : List.of("roteiro processado", "feito)", "a\"b", "ação")) {
            assertThatThrownBy(() -> new IntakeConfig(List.of("INBOX"), java.util.Optional.empty(), bad, null, 500,
                    List.of(), List.of(), 0, null, 3, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mail.intake.processed-flag").hasMessageContaining(bad);
        }
        assertThat(new IntakeConfig(List.of("INBOX"), java.util.Optional.empty(), "$Roteiro-Processado.1", null, 500,
                List.of(), List.of(), 0, null, 3, List.of()).processedFlag()).isEqualTo("$Roteiro-Processado.1");
    }

    @Test
    void configurationMistakesAreReportedTogetherAtStart() {
        Map<String, Object> bad = config(Map.of("port", 993, "auth", "XOAUTH2", "user", ""));
        assertThatThrownBy(() -> Roteiro.builder().withModules(new MailModule()).config(bad)
                .journalUrl("jdbc:h2:file:" + dir.resolve("journal2"))
                .bind(b -> b.bind(TicketSystem.class).toInstance(new InMemoryTicketSystem(Clock.systemUTC())))
                .build().close())
                .hasMessageContaining("mail.imap")
                .hasMessageContaining("port 993 expects TLS")
                .hasMessageContaining("XOAUTH2");
    }
}
