package br.com.webplanet.roteiro.g3stor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.simulator.Fault;
import br.com.webplanet.roteiro.g3stor.simulator.G3storSimulator;
import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.g3stor.wire.TicketJson;
import br.com.webplanet.roteiro.model.Channel;
import br.com.webplanet.roteiro.model.CustomerRef;
import br.com.webplanet.roteiro.model.ExternalRef;
import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.NewTicket;
import br.com.webplanet.roteiro.model.Ticket;
import br.com.webplanet.roteiro.model.TicketId;
import br.com.webplanet.roteiro.model.TicketStatus;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.RemoteException;
import br.com.webplanet.roteiro.spi.TicketConflictException;
import br.com.webplanet.roteiro.spi.TicketQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the client does on the wire: retries, idempotency keys, Retry-After, errors, pages. */
class G3storWireTest {
    private static final String TOKEN = "tok-9f8e7d6c5b4a";
    private final MockWebServer server = new MockWebServer();
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
        server.close();
    }

    static NewTicket draft(String messageId) {
        return new NewTicket(List.of(ExternalRef.mail(messageId)),
                CustomerRef.ofContact(MailAddress.of("joana@cliente.com.br")), "Relatório não abre", "Olá",
                null, null, Channel.EMAIL, Set.of(), Set.of());
    }

    private G3storClient mockClient(int attempts) throws Exception {
        server.start();
        client = new G3storClient(G3storConfig.of(server.url("/api/v1").toString(), Secret.of(TOKEN))
                .withRetry(G3storConfig.RetrySettings.fast(attempts)));
        return client;
    }

    private G3storClient simulatorClient(G3storConfig.RetrySettings retry, Duration readTimeout) {
        simulator = G3storSimulator.builder().token(TOKEN).start();
        client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of(TOKEN)).withRetry(retry)
                .withTimeouts(Duration.ofSeconds(2), readTimeout, readTimeout.multipliedBy(2)));
        return client;
    }

    private static String ticketJson(String id) {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        Ticket t = new Ticket(new TicketId(id), List.of(), CustomerRef.ofContact(MailAddress.of("joana@cliente.com.br")),
                "Relatório não abre", TicketStatus.NOVO, br.com.webplanet.roteiro.model.Urgency.MEDIUM,
                br.com.webplanet.roteiro.model.Impact.MEDIUM, Channel.EMAIL, now, now, now, null, now, Set.of(),
                Set.of(), List.of(), 1);
        return Json.string(TicketJson.ticket(t));
    }

    @Test
    void serverErrorOnCreateIsRetriedWithTheSameIdempotencyKey() throws Exception {
        mockClient(3);
        server.enqueue(new MockResponse.Builder().code(503).body("{\"error\":{\"code\":\"unavailable\"}}").build());
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(ticketJson("G3-7")).build());

        Ticket opened = client.tickets().open(draft("<x1@cliente.com.br>"), "mail:<x1@cliente.com.br>");

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(opened.id()).isEqualTo(new TicketId("G3-7"));
        assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("mail:<x1@cliente.com.br>");
        assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo(first.getHeaders().get("Idempotency-Key"));
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void rateLimitWaitsRetryAfterBeforeTryingAgain() {
        simulatorClient(G3storConfig.RetrySettings.fast(3), Duration.ofSeconds(5));
        simulator.faults().failNext(1, Fault.rateLimited(1).on("GET /tickets/{id}"));

        long started = System.nanoTime();
        assertThat(client.tickets().get(new TicketId("G3-404"))).isEmpty();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(simulator.requests("GET /tickets/{id}")).isEqualTo(2);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));   // back-off alone would be ~5 ms
    }

    @Test
    void timeoutAfterTheServerCreatedIsRetriedIntoTheSameTicket() {
        simulatorClient(G3storConfig.RetrySettings.fast(3), Duration.ofMillis(300));
        simulator.faults().failNext(1, Fault.slow(Duration.ofMillis(1200)).on("POST /tickets"));

        Ticket opened = client.tickets().open(draft("<x2@cliente.com.br>"), "mail:<x2@cliente.com.br>");

        assertThat(simulator.requests("POST /tickets")).isEqualTo(2);
        assertThat(simulator.tickets()).extracting(Ticket::id).containsExactly(opened.id());
    }

    @Test
    void droppedConnectionsAndServerErrorsAreRetriedUntilTheyPass() {
        simulatorClient(G3storConfig.RetrySettings.fast(4), Duration.ofSeconds(5));
        simulator.faults().failNext(1, Fault.drop()).failNext(1, Fault.serverError());

        Ticket opened = client.tickets().open(draft("<x3@cliente.com.br>"), "k-x3");

        assertThat(simulator.tickets()).extracting(Ticket::id).containsExactly(opened.id());
    }

    @Test
    void exhaustedRetriesNameTheCallAndStatusButNeverTheToken() throws Exception {
        mockClient(2);
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "application/json")
                    .body("{\"error\":{\"code\":\"bad_gateway\",\"message\":\"upstream refused Bearer " + TOKEN + "\"}}")
                    .build());
        }

        assertThatThrownBy(() -> client.tickets().get(new TicketId("G3-1")))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.operation()).isEqualTo("GET /api/v1/tickets/G3-1");
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("upstream refused").doesNotContain(TOKEN);
                });
    }

    @Test
    void validationErrorSurfacesItsFieldErrors() throws Exception {
        mockClient(3);
        server.enqueue(new MockResponse.Builder().code(422).setHeader("Content-Type", "application/json")
                .body("{\"error\":{\"code\":\"validation\",\"message\":\"o chamado é inválido\","
                        + "\"fields\":{\"customer.contact.email\":\"domínio bloqueado\"}}}").build());

        // the client decides the write did not happen (the journal withdraws its intent); the answer is its cause
        assertThatThrownBy(() -> client.tickets().open(draft("<x4@cliente.com.br>"), "k-x4"))
                .isInstanceOf(EffectNotPerformedException.class)
                .extracting(Throwable::getCause)
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.fieldErrors()).containsEntry("customer.contact.email", "domínio bloqueado");
                    assertThat(e.getMessage()).contains("POST /api/v1/tickets", "422", "o chamado é inválido");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWriteRefusedOutrightDidNotHappenButAReadOrAnAmbiguousAnswerIsNoSuchClaim() throws Exception {
        mockClient(1);
        for (int code : new int[] {400, 403, 422}) {
            server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                    .body("{\"error\":{\"message\":\"recusado\"}}").build());
            assertThatThrownBy(() -> client.tickets().open(draft("<r" + code + "@cliente.com.br>"), "k-r" + code))
                    .as("POST answered %d", code)
                    .isInstanceOf(EffectNotPerformedException.class)
                    .cause().isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(code));
        }
        // a read refused is a plain RemoteException: there is no effect to withdraw
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"recusado\"}}").build());
        assertThatThrownBy(() -> client.tickets().customer("c-1"))
                .isExactlyInstanceOf(RemoteException.class);
        // 5xx until retries run out: the request reached G3stor, which may have acted on it
        server.enqueue(new MockResponse.Builder().code(500).build());
        assertThatThrownBy(() -> client.tickets().open(draft("<r500@cliente.com.br>"), "k-r500"))
                .isExactlyInstanceOf(RemoteException.class);
        // a conflict keeps the ports' contract: IllegalStateException
        server.enqueue(new MockResponse.Builder().code(409).setHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"chamado encerrado\"}}").build());
        assertThatThrownBy(() -> client.tickets().addParticipant(new TicketId("G3-1"), MailAddress.of("a@b.com.br")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWriteThatNeverReachedG3storDidNotHappen() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();   // closed again: nothing listens there
        }
        client = new G3storClient(G3storConfig.of("http://127.0.0.1:" + port + "/api/v1", Secret.of(TOKEN))
                .withRetry(G3storConfig.RetrySettings.fast(2)));

        assertThatThrownBy(() -> client.tickets().open(draft("<cr@cliente.com.br>"), "k-cr"))
                .isInstanceOf(EffectNotPerformedException.class)
                .cause().isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.retryable()).isTrue();
                });
        assertThatThrownBy(() -> client.tickets().get(new TicketId("G3-1")))
                .isExactlyInstanceOf(RemoteException.class);
    }

    @Test
    void staleVersionIsAConflictCarryingTheCurrentTicket() {
        simulatorClient(G3storConfig.RetrySettings.fast(3), Duration.ofSeconds(5));
        Ticket t = client.tickets().open(draft("<x5@cliente.com.br>"), "k-x5");
        client.tickets().changeStatus(t.id(), TicketStatus.EM_ANALISE, t.version(), null);

        assertThatThrownBy(() -> client.tickets().changeStatus(t.id(), TicketStatus.CONCLUIDO, t.version(), null))
                .isInstanceOfSatisfying(TicketConflictException.class,
                        e -> assertThat(e.current().status()).isEqualTo(TicketStatus.EM_ANALISE));
    }

    @Test
    void searchFetchesPagesOnlyAsTheyAreRead() {
        simulator = G3storSimulator.builder().token(TOKEN).pageSize(10).start();
        client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of(TOKEN)).withPageSize(10));
        for (int i = 0; i < 35; i++) {
            client.tickets().open(draft("<p" + i + "@cliente.com.br>"), "k-p" + i);
        }
        simulator.resetCounters();

        try (Stream<Ticket> all = client.tickets().search(TicketQuery.all())) {
            assertThat(all.limit(12).count()).isEqualTo(12);
        }
        assertThat(simulator.requests("GET /tickets")).isEqualTo(2);
        try (Stream<Ticket> all = client.tickets().search(TicketQuery.all())) {
            assertThat(all.count()).isEqualTo(35);
        }
        assertThat(simulator.requests("GET /tickets")).isEqualTo(2 + 4);
    }

    @Test
    void tokenNeverAppearsInTheLogs() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            simulatorClient(G3storConfig.RetrySettings.fast(5), Duration.ofMillis(300));
            simulator.faults().failNext(1, Fault.serverError()).failNext(1, Fault.slow(Duration.ofMillis(800)))
                    .failNext(1, Fault.rateLimited(0)).failNext(1, Fault.drop());
            client.tickets().open(draft("<x6@cliente.com.br>"), "k-x6");
            client.tickets().get(new TicketId("G3-1"));
        } finally {
            root.detachAppender(logs);
        }

        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
            if (event.getThrowableProxy() != null) {
                assertThat(event.getThrowableProxy().getMessage()).doesNotContain(TOKEN);
            }
        });
    }

    @Test
    void wrongTokenIsRefusedAndPlainHttpOnlyForLoopback() {
        simulator = G3storSimulator.builder().token(TOKEN).start();
        client = new G3storClient(G3storConfig.of(simulator.baseUrl(), Secret.of("wrong")));

        assertThatThrownBy(() -> client.tickets().get(new TicketId("G3-1")))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> new G3storClient(G3storConfig.of("http://g3stor.example/api/v1", Secret.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use https");
        new G3storClient(G3storConfig.of("http://g3stor.example/api/v1", Secret.of("x")).withAllowInsecure(true)).close();
    }
}
