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
