package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.examples.watch.RoutineSchedule;
import br.com.webplanet.roteiro.examples.watch.WatchLoop;
import br.com.webplanet.roteiro.mail.MailboxWatcher;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} with its web page, against GreenMail, the G3stor simulator and an H2 journal. */
class WatchWebTest {
    /** Tuesday 1 Dec 2026, 10:00 in São Paulo. */
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T13:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final String YAML = "canary:\n  enabled: false\nalerts:\n  mail-to: [equipe@webplanet.com.br]\n";

    @TempDir
    Path dir;

    @Test
    void mailDeliveredToTheMailboxShowsOnThePageWithinOneWatchCycle() throws Exception {
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, YAML, true)) {
            MailboxWatcher watcher = f.roteiro.lookup(MailboxWatcher.class).orElseThrow();
            BusinessCalendar calendar = BusinessCalendar.brazil(ZoneId.of("America/Sao_Paulo"), LocalTime.of(8, 0),
                    LocalTime.of(18, 0), Map.of());
            WatchLoop loop = new WatchLoop(f.roteiro, watcher, new RoutineSchedule(calendar, LocalTime.of(8, 0)), f.clock,
                    new PrintWriter(new StringWriter()));
            loop.onRun(f.web::afterRun);
            loop.start(false);
            try {
                assertThat(f.get("/").body()).doesNotContain("Caixa registradora não imprime cupom");
                deliver(f, "<watch-web-1@padariaestrela.com.br>", "Caixa registradora não imprime cupom");

                // one watch cycle: IDLE notices at once, polling (mail.watch.poll-interval: 2s) within 2 s
                assertThat(WebFixture.await(Duration.ofSeconds(20), () -> body(f).contains("Caixa registradora não imprime cupom")))
                        .as("the new mail's ticket on Hoje").isTrue();
                assertThat(f.get("/metrics").body()).contains("roteiro_tickets_opened_total 1.0",
                        "roteiro_mail_taken_total 1.0");
            } finally {
                loop.stop();
            }
        }
    }

    @Test
    void stoppedImapServerMakesHealthNotReadyAndRaisesOneAlertNotOnePerCycle() throws Exception {
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, YAML, false)) {
            assertThat(f.get("/health").statusCode()).isEqualTo(200);
            f.web.tick();
            assertThat(serverDown(f)).isEmpty();

            f.env.mail().getImap().stopService();
            f.clock.advance(Duration.ofSeconds(10));           // past the health cache
            var health = f.get("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"ready\":false", "\"imap\":{\"up\":false");

            for (int cycle = 0; cycle < 4; cycle++) {
                f.clock.advance(Duration.ofMinutes(1));
                f.web.tick();
            }
            assertThat(serverDown(f)).extracting(Alert::key).containsExactly("server-down:imap:" + TUESDAY);
            List<MimeMessage> mails = Arrays.stream(f.env.mail().getReceivedMessages())
                    .filter(m -> "server-down".equals(header(m, "X-Roteiro-Alert"))).toList();
            assertThat(mails).as("one alert mail").hasSize(1);
            assertThat(mails.get(0).getSubject()).contains("imap");
            assertThat(f.get("/metrics").body()).contains("roteiro_alerts_total{kind=\"server-down\"} 1.0");
        }
    }

    private static List<Alert> serverDown(WebFixture f) {
        return f.web.context().alerts().orElseThrow().of(TUESDAY).stream().map(Alerts.Shown::alert)
                .filter(a -> a.kind().equals("server-down")).toList();
    }

    private static String body(WebFixture f) {
        try {
            return f.get("/").body();
        } catch (Exception e) {
            return "";
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    private static void deliver(WebFixture f, String messageId, String subject) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(new InternetAddress("Seu Joaquim <joaquim@padariaestrela.com.br>"));
        mail.setRecipients(MimeMessage.RecipientType.TO, "suporte@webplanet.com.br");
        mail.setSubject(subject, "UTF-8");
        mail.setText("Bom dia, desde cedo o caixa 2 não imprime o cupom fiscal. Podem ajudar?", "UTF-8");
        mail.setSentDate(java.util.Date.from(TUESDAY_10H));
        mail.saveChanges();
        GreenMailUser support = f.env.mail().getUserManager().getUserByEmail("suporte@webplanet.com.br");
        support.deliver(mail);
    }
}
