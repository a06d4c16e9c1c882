package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.model.Task;
import br.com.webplanet.roteiro.model.TaskEvent;
import br.com.webplanet.roteiro.model.TaskId;
import br.com.webplanet.roteiro.model.TaskState;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox canary against GreenMail, the G3stor simulator and an H2 journal, on a business-day clock. */
class CanaryTest {
    /** Tuesday 1 Dec 2026, 10:00 in São Paulo: business hours. */
    private static final Instant TUESDAY_10H = Instant.parse("2026-12-01T13:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void canaryThatNeverArrivesRaisesExactlyOneAlertAndOneAlertMail() throws Exception {
        String yaml = """
                canary:
                  interval: 30m
                  timeout: 15m
                  to: outra-caixa@webplanet.com.br
                alerts:
                  mail-to: [equipe@webplanet.com.br]
                """;
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, yaml, false)) {
            f.web.afterRun(f.roteiro.runSteps(Set.of("mail.triage")));   // as watch does when it starts
            f.web.tick();                                   // sends the probe (to a mailbox intake never reads)
            assertThat(to(f, "outra-caixa@webplanet.com.br")).hasSize(1);
            assertThat(alerts(f)).isEmpty();

            f.clock.advance(Duration.ofMinutes(16));         // past canary.timeout, before the next interval
            f.web.tick();
            f.web.tick();
            f.web.tick();

            List<Alert> alerts = alerts(f);
            assertThat(alerts).extracting(Alert::kind).containsExactly("canary-missing");
            assertThat(alertMails(f)).as("one alert mail, not one per tick").hasSize(1);
            assertThat(f.get("/metrics").body()).contains("roteiro_canary_missing_total 1.0",
                    "roteiro_alerts_total{kind=\"canary-missing\"} 1.0");
            assertThat(f.get("/").body()).contains("Canário da caixa de suporte não chegou");
        }
    }

    @Test
    void canaryThatArrivesIsNeitherATicketNorAcknowledgedAndItsRoundTripIsMeasured() throws Exception {
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, "alerts:\n  mail-to: [equipe@webplanet.com.br]\n", true)) {
            int ticketsBefore = f.env.g3stor().tickets().size();
            int mailsBefore = notAlerts(f).size();
            f.web.tick();                                   // sends the probe to the support address
            List<MimeMessage> afterProbe = notAlerts(f);
            assertThat(afterProbe).hasSize(mailsBefore + 1);
            assertThat(afterProbe).filteredOn(m -> header(m, "X-Roteiro-Canary") != null).hasSize(1);

            f.clock.advance(Duration.ofSeconds(20));
            DailyReport triage = f.roteiro.runSteps(Set.of("mail.triage"));
            assertThat(triage.steps().get(0).status()).isNotEqualTo(StepStatus.FAILED);
            f.web.afterRun(triage);

            assertThat(triage.steps().get(0).counts()).containsEntry("messages", 1L)
                    .doesNotContainKey("ticketsOpened").doesNotContainKey("acksSent");
            assertThat(f.env.g3stor().tickets()).as("no ticket for the canary").hasSize(ticketsBefore);
            assertThat(notAlerts(f)).as("no acknowledgement (nor anything else) sent").hasSize(mailsBefore + 1);

            f.web.tick();
            Canary.Probe probe = f.web.context().canary().orElseThrow().latest().orElseThrow();
            assertThat(probe.state()).isEqualTo("seen");
            assertThat(probe.threadOk()).as("In-Reply-To/References survived").isTrue();
            assertThat(probe.roundTripMillis()).isEqualTo(20_000L);
            assertThat(f.get("/metrics").body()).contains("roteiro_canary_round_trip_seconds_count 1");
            assertThat(alerts(f)).as("the demo queue's SLA alerts, but nothing about the canary")
                    .extracting(Alert::kind).doesNotContain("canary-missing");
        }
    }

    @Test
    void missingCanaryRaisesOneTaskForPeopleThatClosesItselfWhenACanaryArrivesAgain() throws Exception {
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, "canary:\n  interval: 30m\n  timeout: 15m\n", false)) {
            TaskId id = TaskId.of(Canary.TASK_SOURCE, Canary.TASK_SUBJECT);
            f.web.afterRun(f.roteiro.runSteps(Set.of("mail.triage")));
            f.web.tick();                                   // probe 1 goes to the support mailbox; intake does not run
            f.clock.advance(Duration.ofMinutes(16));
            f.web.tick();
            f.web.tick();

            assertThat(f.roteiro.tasks().open()).filteredOn(t -> t.id().equals(id)).singleElement()
                    .satisfies(t -> assertThat(t.title()).contains("canário não chegou"));
            assertThat(f.roteiro.tasks().find(id).orElseThrow().history()).extracting(TaskEvent::kind)
                    .as("raised once, not once per tick").containsExactly(TaskEvent.Kind.OPENED);
            assertThat(f.get("/").body()).contains("data-task-id=\"" + id.value() + "\"");

            f.clock.advance(Duration.ofMinutes(15));        // next interval: probe 2, and intake reads again
            f.web.tick();
            f.clock.advance(Duration.ofSeconds(20));
            f.web.afterRun(f.roteiro.runSteps(Set.of("mail.triage")));
            f.web.tick();

            Task closed = f.roteiro.tasks().find(id).orElseThrow();
            assertThat(closed.state()).isEqualTo(TaskState.DONE);
            assertThat(closed.closedBy()).isEqualTo(Task.ROTEIRO);
            assertThat(closed.closeNote()).contains("chegou");
            assertThat(f.get("/").body()).doesNotContain("data-task-id=\"" + id.value() + "\"");
        }
    }

    @Test
    void intakeSilentLongerThanTheThresholdInBusinessHoursIsOneStalledAlertAndNotReady() throws Exception {
        String yaml = "canary:\n  to: outra-caixa@webplanet.com.br\nalerts:\n  intake-stalled-after: 45m\n";
        try (WebFixture f = WebFixture.start(dir, TUESDAY_10H, yaml, false)) {
            f.web.afterRun(f.roteiro.runSteps(Set.of("mail.triage")));
            f.web.tick();
            assertThat(alerts(f)).extracting(Alert::kind).doesNotContain("intake-stalled");
            assertThat(f.get("/health").statusCode()).isEqualTo(200);

            f.clock.advance(Duration.ofMinutes(46));        // no intake since (nothing watches in this test)
            f.web.tick();
            f.clock.advance(Duration.ofMinutes(1));
            f.web.tick();

            assertThat(alerts(f)).extracting(Alert::kind).containsOnlyOnce("intake-stalled");
            assertThat(f.get("/health").body()).contains("\"ready\":false", "\"intake\":{\"up\":false");
        }
    }

    private static List<MimeMessage> notAlerts(WebFixture f) {
        return Arrays.stream(f.env.mail().getReceivedMessages()).filter(m -> !to(f, "equipe@webplanet.com.br").contains(m))
                .toList();
    }

    private static List<MimeMessage> to(WebFixture f, String address) {
        return Arrays.stream(f.env.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static List<Alert> alerts(WebFixture f) {
        return f.web.context().alerts().orElseThrow().of(TUESDAY).stream().map(Alerts.Shown::alert).toList();
    }

    private static List<MimeMessage> alertMails(WebFixture f) {
        return to(f, "equipe@webplanet.com.br");
    }

    private static String[] header(MimeMessage m, String name) {
        try {
            return m.getHeader(name);
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    static ZoneId zone() {
        return ZoneId.of("America/Sao_Paulo");
    }
}
