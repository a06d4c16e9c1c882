package br.com.webplanet.roteiro.g3stor.steps;

import static br.com.webplanet.roteiro.g3stor.testing.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.testing.MutableClock;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.memory.RecordingMailer;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Reopening;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.StepResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WaitingCustomersStepTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-09T12:00:00Z"));
    private final InMemoryJournal journal = new InMemoryJournal();
    private final RecordingMailer mailer = new RecordingMailer(clock, MailAddress.of("suporte@webplanet.com.br"));
    private G3storSimulator simulator;
    private G3storClient client;
    private WaitingCustomersStep step;

    @BeforeEach
    void start() {
        simulator = G3storSimulator.builder().token("t").clock(clock).start();
        G3storConfig config = G3storConfig.of(simulator.baseUrl(), Secret.of("t"));
        client = new G3storClient(config);
        step = new WaitingCustomersStep(client.tickets(), config, Optional.of(mailer));
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    /** São Paulo local time (UTC-3) as an instant string. */
    private static String sp(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(-3)).toString();
    }

    private StepResult runAt(String localDateTime) {
        clock.set(Instant.parse(sp(localDateTime)));
        return step.execute(new FixedStepContext(LocalDateTime.parse(localDateTime).toLocalDate(), clock, false,
                journal));
    }

    @SuppressWarnings("unchecked")
    private static List<WaitingCustomer> queue(StepResult r) {
        return (List<WaitingCustomer>) r.details().get("queue");
    }

    private static WaitingCustomer entry(StepResult r, String id) {
        return queue(r).stream().filter(w -> w.ticket().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ticketReopenedByTheCustomerRestartsItsSlaAndSaysSo() {
        // #10 item 2: a reopened ticket kept its old creation time as SLA start (breached at once) and
        // step 6 did not show it was reopened
        simulator.putTicket(ticket("G3-R", TicketStatus.EM_ANALISE).created(sp("2026-11-03T08:00"))
                .weWrote(sp("2026-11-04T10:00")).customerWrote(sp("2026-11-10T14:00")).build());
        simulator.putTicket(ticket("G3-N", TicketStatus.EM_ANALISE).created(sp("2026-11-03T08:00"))
                .weWrote(sp("2026-11-04T10:00")).customerWrote(sp("2026-11-10T14:00")).build());
        journal.record(Handoffs.REOPENED_TICKETS, "G3-R", new Reopening(new TicketId("G3-R"),
                Instant.parse(sp("2026-11-10T14:00")), TicketStatus.CONCLUIDO, "<r@cliente.com.br>", "reaberto"));

        StepResult result = runAt("2026-11-10T15:00");

        WaitingCustomer reopened = entry(result, "G3-R");
        assertThat(reopened.breached()).isFalse();
        assertThat(reopened.timeToBreach()).isPositive();
        assertThat(reopened.reason()).startsWith("reaberto em 2026-11-10 pelo cliente; prioridade média");
        assertThat(reopened.waitingSince()).isEqualTo(Instant.parse(sp("2026-11-10T14:00")));
        assertThat(entry(result, "G3-N").breached()).isTrue();
        assertThat(result.counts()).containsEntry("reopened", 1L);
    }

    @Test
    void queueIsOrderedByPriorityThenTimeToBreachWithRiskAndBreachFlagged() {
        String replied = sp("2026-11-10T14:00");
        simulator.putTicket(ticket("G3-F", TicketStatus.EM_ANALISE).created(sp("2026-11-09T08:00"))
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(replied).build());
        simulator.putTicket(ticket("G3-A", TicketStatus.EM_ANALISE).created(sp("2026-11-10T10:00"))
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(replied).build());
        simulator.putTicket(ticket("G3-B", TicketStatus.AGUARDANDO_DESENVOLVIMENTO).created(sp("2026-11-09T08:00"))
                .priority(Urgency.HIGH, Impact.HIGH).weWrote(replied).build());
        simulator.putTicket(ticket("G3-C", TicketStatus.EM_ANALISE).created(sp("2026-11-03T08:00"))
                .weWrote(replied).build());
        simulator.putTicket(ticket("G3-D", TicketStatus.NOVO).created(sp("2026-11-10T14:00"))
                .priority(Urgency.LOW, Impact.LOW).build());
        simulator.putTicket(ticket("G3-E", TicketStatus.AGUARDANDO_CLIENTE).created(sp("2026-11-03T08:00")).build());

        StepResult result = runAt("2026-11-10T15:00");

        assertThat(queue(result)).extracting(w -> w.ticket().value())
                .containsExactly("G3-F", "G3-A", "G3-B", "G3-C", "G3-D");
        assertThat(queue(result)).extracting(WaitingCustomer::priority).containsExactly(Priority.VERY_HIGH,
                Priority.VERY_HIGH, Priority.HIGH, Priority.MEDIUM, Priority.LOW);
        assertThat(entry(result, "G3-F").breached()).isTrue();
        assertThat(entry(result, "G3-F").timeToBreach()).isEqualTo(Duration.ofHours(-9));
        assertThat(entry(result, "G3-A").atRisk()).isTrue();
        assertThat(entry(result, "G3-A").timeToBreach()).isEqualTo(Duration.ofHours(3));
        assertThat(entry(result, "G3-B").atRisk()).isTrue();
        assertThat(entry(result, "G3-C").breached()).isTrue();
        assertThat(entry(result, "G3-D").atRisk()).isFalse();
        assertThat(entry(result, "G3-D").breached()).isFalse();
        assertThat(entry(result, "G3-D").reason()).isEqualTo("prioridade baixa; faltam 7h de SLA");
        assertThat(result.counts()).containsEntry("queue", 5L).containsEntry("breached", 2L).containsEntry("atRisk", 2L);
        assertThat(result.summary()).contains("G3-F (prioridade muito alta; SLA estourado há 9h)");
    }

    @Test
    void slaClockStopsWhileTheTicketWaitsOnTheCustomer() {
        String created = sp("2026-11-09T09:00");
        simulator.putTicket(ticket("G3-P", TicketStatus.AGUARDANDO_CLIENTE).created(created)
                .since(sp("2026-11-09T10:00")).priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(created).build());
        simulator.putTicket(ticket("G3-Q", TicketStatus.EM_ANALISE).created(created)
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(sp("2026-11-11T10:00")).build());

        StepResult monday = runAt("2026-11-09T17:00");
        simulator.putTicket(ticket("G3-P", TicketStatus.EM_ANALISE).created(created).since(sp("2026-11-11T10:00"))
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(sp("2026-11-11T10:00")).version(2).build());
        StepResult wednesday = runAt("2026-11-11T11:00");

        assertThat(queue(monday)).extracting(w -> w.ticket().value()).containsExactly("G3-Q");
        WaitingCustomer paused = entry(wednesday, "G3-P");
        assertThat(paused.timeToBreach()).isEqualTo(Duration.ofHours(6));
        assertThat(paused.deadline()).isEqualTo(Instant.parse(sp("2026-11-11T17:00")));
        assertThat(paused.breached()).isFalse();
        assertThat(paused.waitingSince()).isEqualTo(Instant.parse(sp("2026-11-11T10:00")));
        assertThat(entry(wednesday, "G3-Q").breached()).isTrue();
    }

    @Test
    void breachIsCountedInBusinessTimeAcrossTheWeekend() {
        simulator.putTicket(ticket("G3-W", TicketStatus.EM_ANALISE).created(sp("2026-11-13T16:00"))
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(sp("2026-11-13T16:30")).build());

        WaitingCustomer saturday = entry(runAt("2026-11-14T12:00"), "G3-W");
        WaitingCustomer monday = entry(runAt("2026-11-16T15:00"), "G3-W");

        assertThat(saturday.timeToBreach()).isEqualTo(Duration.ofHours(6));
        assertThat(saturday.deadline()).isEqualTo(Instant.parse(sp("2026-11-16T14:00")));
        assertThat(saturday.breached()).isFalse();
        assertThat(monday.breached()).isTrue();
        assertThat(monday.timeToBreach()).isEqualTo(Duration.ofHours(-1));
        assertThat(monday.reason()).isEqualTo("prioridade muito alta; SLA estourado há 1h");
    }

    @Test
    void configuredSlaTargetsAndWarningAreUsed() {
        G3storConfig config = G3storConfig.of(simulator.baseUrl(), Secret.of("t")).withRules(
                br.com.webplanet.roteiro.g3stor.CalendarSettings.defaults(),
                br.com.webplanet.roteiro.g3stor.ReviewRules.defaults(),
                br.com.webplanet.roteiro.g3stor.StatusRules.defaults(),
                new br.com.webplanet.roteiro.g3stor.WaitingRules(Duration.ofHours(8), null, true, 10, null,
                        java.util.Map.of(Priority.VERY_HIGH, new br.com.webplanet.roteiro.sla.SlaTargets(
                                Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(16)))));
        step = new WaitingCustomersStep(client.tickets(), config, Optional.of(mailer));
        simulator.putTicket(ticket("G3-W", TicketStatus.EM_ANALISE).created(sp("2026-11-13T16:00"))
                .priority(Urgency.VERY_HIGH, Impact.VERY_HIGH).weWrote(sp("2026-11-13T16:30")).build());

        WaitingCustomer monday = entry(runAt("2026-11-16T15:00"), "G3-W");

        assertThat(monday.breached()).isFalse();
        assertThat(monday.timeToBreach()).isEqualTo(Duration.ofHours(7));
        assertThat(monday.atRisk()).isTrue();
    }

    @Test
    void customerWithoutNewsForTooLongGetsOnePtBrStatusUpdatePerWindow() {
        simulator.putTicket(ticket("G3-S", TicketStatus.EM_ANALISE).created(sp("2026-11-06T09:00"))
                .weWrote(sp("2026-11-09T09:00")).build());
        simulator.putTicket(ticket("G3-T", TicketStatus.EM_ANALISE).created(sp("2026-11-06T09:00"))
                .weWrote(sp("2026-11-10T17:00")).build());

        StepResult first = runAt("2026-11-11T10:00");
        StepResult again = runAt("2026-11-11T10:30");

        assertThat(first.counts()).containsEntry("statusUpdates", 1L);
        assertThat(again.actions()).isEmpty();
        assertThat(mailer.sent()).singleElement().satisfies(m -> {
            assertThat(m.ticket()).isEqualTo(new TicketId("G3-S"));
            assertThat(m.subject()).isEqualTo("[#G3-S] Andamento do seu chamado: Relatório de vendas não abre");
            assertThat(m.text()).contains("Olá, Joana Conceição", "segue em atendimento", "\"em análise\"");
        });
        assertThat(simulator.ticket(new TicketId("G3-S")).orElseThrow().lastAgentReply())
                .isEqualTo(Instant.parse(sp("2026-11-11T10:00")));
    }

    @Test
    void statusUpdateMailedButNotRecordedOnTheTicketIsRecordedNextRunWithoutMailingAgain() {
        G3storConfig fast = G3storConfig.of(simulator.baseUrl(), Secret.of("t"))
                .withRetry(G3storConfig.RetrySettings.fast(2));
        try (G3storClient impatient = new G3storClient(fast)) {
            step = new WaitingCustomersStep(impatient.tickets(), fast, Optional.of(mailer));
            simulator.putTicket(ticket("G3-S", TicketStatus.EM_ANALISE).created(sp("2026-11-06T09:00"))
                    .weWrote(sp("2026-11-09T09:00")).build());
            simulator.faults().failNext(2, br.com.webplanet.roteiro.g3stor.simulator.Fault.serverError()
                    .on("POST /tickets/{id}/interactions"));

            StepResult broken = runAt("2026-11-11T10:00");
            StepResult next = runAt("2026-11-11T10:30");

            assertThat(broken.counts()).containsEntry("failed", 1L);
            assertThat(next.counts()).doesNotContainKey("failed").doesNotContainKey("statusUpdates");
            assertThat(mailer.sent()).hasSize(1);
            assertThat(simulator.ticket(new TicketId("G3-S")).orElseThrow().lastAgentReply())
                    .isEqualTo(Instant.parse(sp("2026-11-11T10:00")));
        }
    }

    @Test
    void dryRunPlansStatusUpdatesWithoutSendingThem() {
        simulator.putTicket(ticket("G3-S", TicketStatus.EM_ANALISE).created(sp("2026-11-06T09:00"))
                .weWrote(sp("2026-11-09T09:00")).build());
        clock.set(Instant.parse(sp("2026-11-11T10:00")));

        StepResult result = step.execute(new FixedStepContext(java.time.LocalDate.of(2026, 11, 11), clock, true,
                journal.dryRunView()));

        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.planned()).isTrue();
            assertThat(a.kind()).isEqualTo("mail.status-update");
        });
        assertThat(mailer.sent()).isEmpty();
        assertThat(queue(result)).hasSize(1);
    }

    @Test
    void withoutAMailerSilentCustomersBecomeHumanTasks() {
        G3storConfig config = G3storConfig.of(simulator.baseUrl(), Secret.of("t"));
        step = new WaitingCustomersStep(client.tickets(), config, Optional.empty());
        simulator.putTicket(ticket("G3-S", TicketStatus.EM_ANALISE).created(sp("2026-11-06T09:00"))
                .weWrote(sp("2026-11-09T09:00")).build());

        StepResult result = runAt("2026-11-11T10:00");

        assertThat(result.humanTasks()).singleElement().satisfies(t -> {
            assertThat(t.target()).isEqualTo("G3-S");
            assertThat(t.reason()).isEqualTo("O cliente do chamado G3-S está sem contato nosso desde 2026-11-09");
        });
    }

    @Test
    void queueIsJsonSerialisable() throws Exception {
        simulator.putTicket(ticket("G3-J", TicketStatus.NOVO).created(sp("2026-11-10T09:00")).build());

        StepResult result = runAt("2026-11-10T10:00");
        String json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(result.details());

        assertThat(json).contains("\"queue\"", "\"G3-J\"", "\"timeToBreach\"", "\"priority\":\"MEDIUM\"");
    }
}
