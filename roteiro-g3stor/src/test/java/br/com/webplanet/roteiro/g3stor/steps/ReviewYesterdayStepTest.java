package br.com.webplanet.roteiro.g3stor.steps;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.client.G3storClient;
import br.com.webplanet.roteiro.g3stor.simulator.Fault;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
import br.com.webplanet.roteiro.memory.FixedStepContext;
import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.model.Attendance;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.MailDecision;
import br.com.webplanet.roteiro.model.MailDisposition;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.spi.Handoffs;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReviewYesterdayStepTest {
    private static final CustomerRef LOJA = new CustomerRef("C-2", "Loja Azul", MailAddress.of("compras@lojaazul.com.br"));
    private final InMemoryJournal journal = new InMemoryJournal();
    private G3storSimulator simulator;
    private G3storClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private ReviewYesterdayStep step(G3storConfig.RetrySettings retry, Duration readTimeout) {
        simulator = G3storSimulator.builder().token("t").clock(Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"),
                ZoneOffset.UTC)).start();
        G3storConfig config = G3storConfig.of(simulator.baseUrl(), Secret.of("t")).withRetry(retry)
                .withTimeouts(Duration.ofSeconds(2), readTimeout, readTimeout.multipliedBy(2));
        client = new G3storClient(config);
        return new ReviewYesterdayStep(client.tickets(), config);
    }

    private ReviewYesterdayStep step() {
        return step(G3storConfig.RetrySettings.fast(3), Duration.ofSeconds(5));
    }

    private static Attendance attendance(String id, String at, AttendanceOutcome outcome, TicketId ticket) {
        return new Attendance(id, Channel.PHONE, Instant.parse(at), LOJA, "ana", "Cliente sem acesso ao painel",
                outcome, ticket);
    }

    private StepResult run(ReviewYesterdayStep step, LocalDate date) {
        Clock clock = Clock.fixed(date.atTime(8, 30).toInstant(ZoneOffset.ofHours(-3)), ZoneOffset.UTC);
        return step.execute(new FixedStepContext(date, clock, false, journal));
    }

    @Test
    void mondayReviewsFridayToSundayAndOpensOneTicketPerAttendanceThatNeedsIt() {
        ReviewYesterdayStep step = step();
        simulator.putAttendance(attendance("AT-THU", "2026-11-26T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        simulator.putAttendance(attendance("AT-FRI", "2026-11-27T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        simulator.putAttendance(attendance("AT-SAT", "2026-11-28T13:00:00Z", AttendanceOutcome.REQUEST, null));
        simulator.putAttendance(attendance("AT-SUN", "2026-11-30T02:30:00Z", AttendanceOutcome.FOLLOW_UP, null));
        simulator.putAttendance(attendance("AT-OK", "2026-11-27T16:00:00Z", AttendanceOutcome.RESOLVED, null));
        simulator.putAttendance(attendance("AT-HAS", "2026-11-27T17:00:00Z", AttendanceOutcome.UNRESOLVED,
                new TicketId("G3-900")));
        simulator.putAttendance(attendance("AT-MON", "2026-11-30T11:00:00Z", AttendanceOutcome.UNRESOLVED, null));

        StepResult first = run(step, LocalDate.of(2026, 11, 30));
        StepResult second = run(step, LocalDate.of(2026, 11, 30));

        assertThat(first.status()).isEqualTo(StepStatus.DONE);
        assertThat(first.counts()).containsEntry("attendances", 5L).containsEntry("ticketsOpened", 3L);
        assertThat(simulator.tickets()).flatExtracting(Ticket::externalRefs).extracting(ExternalRef::value)
                .containsExactlyInAnyOrder("AT-FRI", "AT-SAT", "AT-SUN");
        assertThat(first.actions()).extracting(a -> a.description()).anySatisfy(d ->
                assertThat(d).contains("AT-FRI", "telefone", "não resolvido"));
        assertThat(first.summary()).contains("2026-11-27", "2026-11-29");
        assertThat(second.actions()).isEmpty();
        assertThat(simulator.tickets()).hasSize(3);
    }

    @Test
    void dayAfterAHolidayReviewsTheHolidayAndTheBusinessDayBefore() {
        ReviewYesterdayStep step = step();
        simulator.putAttendance(attendance("AT-SUN", "2026-04-19T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        simulator.putAttendance(attendance("AT-MON", "2026-04-20T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        simulator.putAttendance(attendance("AT-TIRADENTES", "2026-04-21T15:00:00Z", AttendanceOutcome.REQUEST, null));

        StepResult result = run(step, LocalDate.of(2026, 4, 22));

        assertThat(simulator.tickets()).flatExtracting(Ticket::externalRefs).extracting(ExternalRef::value)
                .containsExactlyInAnyOrder("AT-MON", "AT-TIRADENTES");
        assertThat(result.summary()).contains("2026-04-20", "2026-04-21");
    }

    @Test
    void dryRunPlansTheTicketsWithoutOpeningThem() {
        ReviewYesterdayStep step = step();
        simulator.putAttendance(attendance("AT-FRI", "2026-11-27T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        LocalDate monday = LocalDate.of(2026, 11, 30);
        Clock clock = Clock.fixed(monday.atTime(8, 30).toInstant(ZoneOffset.ofHours(-3)), ZoneOffset.UTC);

        StepResult result = step.execute(new FixedStepContext(monday, clock, true, journal.dryRunView()));

        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.planned()).isTrue();
            assertThat(a.description()).startsWith("Abriria chamado para o atendimento AT-FRI");
        });
        assertThat(simulator.tickets()).isEmpty();
        assertThat(journal.state("g3stor.review:attendance:AT-FRI")).isEqualTo(Journal.EffectState.ABSENT);
    }

    @Test
    void mailThatIntakeLeftWithoutATicketGetsOne() {
        ReviewYesterdayStep step = step();
        journal.record(Handoffs.MAIL_DECISIONS, "<m1@cliente.com.br>", new MailDecision("<m1@cliente.com.br>",
                MailDisposition.NEW_TICKET, null, "G3stor fora do ar", MailAddress.of("joana@cliente.com.br"),
                "Nota fiscal não emitida", Instant.parse("2026-11-27T18:00:00Z"),
                new br.com.webplanet.roteiro.model.PriorityAssessment(br.com.webplanet.roteiro.model.Urgency.VERY_HIGH,
                        br.com.webplanet.roteiro.model.Impact.HIGH, java.util.List.of("urgência muito alta: «urgente»")),
                null, "INBOX"));
        journal.record(Handoffs.MAIL_DECISIONS, "<m2@cliente.com.br>", new MailDecision("<m2@cliente.com.br>",
                MailDisposition.AUTOMATIC_IGNORED, null, "Auto-Submitted", MailAddress.of("joana@cliente.com.br"),
                "Ausente", Instant.parse("2026-11-27T18:05:00Z")));

        StepResult result = run(step, LocalDate.of(2026, 11, 30));

        assertThat(result.counts()).containsEntry("ticketsOpened", 1L);
        Ticket t = simulator.tickets().get(0);
        assertThat(t.externalRefs()).containsExactly(ExternalRef.mail("<m1@cliente.com.br>"));
        assertThat(t.subject()).isEqualTo("Nota fiscal não emitida");
        assertThat(t.urgency()).as("the priority intake inferred").isEqualTo(br.com.webplanet.roteiro.model.Urgency.VERY_HIGH);
        assertThat(t.impact()).isEqualTo(br.com.webplanet.roteiro.model.Impact.HIGH);
    }

    @Test
    void mailThatTriageAlreadyTicketedUnderItsJournalKeyIsLeftAlone() {
        ReviewYesterdayStep step = step();
        journal.once("mail:<m3@cliente.com.br>", TicketId.class, () -> new TicketId("G3-77"));
        journal.record(Handoffs.MAIL_DECISIONS, "<m3@cliente.com.br>", new MailDecision("<m3@cliente.com.br>",
                MailDisposition.NEW_TICKET, null, "", MailAddress.of("joana@cliente.com.br"), "Boleto",
                Instant.parse("2026-11-27T18:00:00Z")));

        StepResult result = run(step, LocalDate.of(2026, 11, 30));

        assertThat(result.actions()).isEmpty();
        assertThat(simulator.tickets()).isEmpty();
    }

    @Test
    void timeOutMidCreateThenReRunDoesNotOpenTwice() {
        ReviewYesterdayStep step = step(G3storConfig.RetrySettings.fast(1), Duration.ofMillis(300));
        simulator.putAttendance(attendance("AT-1", "2026-11-27T15:00:00Z", AttendanceOutcome.UNRESOLVED, null));
        simulator.faults().failNext(1, Fault.slow(Duration.ofMillis(900)).on("POST /tickets"));

        StepResult crashed = run(step, LocalDate.of(2026, 11, 30));
        assertThat(crashed.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
        assertThat(journal.state("g3stor.review:attendance:AT-1")).isEqualTo(Journal.EffectState.PENDING);

        run(step, LocalDate.of(2026, 11, 30));

        assertThat(simulator.requests("POST /tickets")).isEqualTo(1);
        assertThat(simulator.tickets()).hasSize(1);
        assertThat(journal.state("g3stor.review:attendance:AT-1")).isEqualTo(Journal.EffectState.DONE);
    }

    @Test
    void refusedTicketShowsItsFieldErrorsAsAHumanTaskAndIsTriedAgainNextRun() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String target = request.getTarget();
                    if (target.startsWith("/api/v1/attendances")) {
                        ObjectNode page = Json.object();
                        page.putArray("items").add(TicketJson.attendance(attendance("AT-9", "2026-11-27T15:00:00Z",
                                AttendanceOutcome.UNRESOLVED, null)));
                        page.putNull("next");
                        return json(200, Json.string(page));
                    }
                    if (target.startsWith("/api/v1/tickets?")) {
                        return json(200, "{\"items\":[],\"next\":null}");
                    }
                    return json(422, "{\"error\":{\"code\":\"validation\",\"message\":\"chamado inválido\","
                            + "\"fields\":{\"customer.id\":\"cliente C-2 está inativo\"}}}");
                }
            });
            server.start();
            G3storConfig config = G3storConfig.of(server.url("/api/v1").toString(), Secret.of("t"));
            try (G3storClient g3 = new G3storClient(config)) {
                StepResult result = run(new ReviewYesterdayStep(g3.tickets(), config), LocalDate.of(2026, 11, 30));

                assertThat(result.status()).isEqualTo(StepStatus.NEEDS_ATTENTION);
                assertThat(result.humanTasks()).singleElement().extracting(HumanTask::reason).asString()
                        .contains("422", "chamado inválido", "customer.id", "cliente C-2 está inativo");
                assertThat(journal.state("g3stor.review:attendance:AT-9")).isEqualTo(Journal.EffectState.ABSENT);
            }
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
