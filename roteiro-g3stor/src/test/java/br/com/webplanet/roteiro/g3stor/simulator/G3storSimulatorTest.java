package br.com.webplanet.roteiro.g3stor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.webplanet.roteiro.g3stor.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator speaks the contract of docs/g3stor-api.md to a plain HTTP client. */
class G3storSimulatorTest {
    private static final String TOKEN = "sim-token-1234";
    private static final String TICKET = "{\"externalRefs\":[{\"system\":\"mail\",\"value\":\"<a@b.c>\"}],"
            + "\"customer\":{\"id\":null,\"name\":\"Joana\",\"contact\":{\"name\":\"Joana\",\"email\":\"joana@cliente.com.br\"}},"
            + "\"subject\":\"Relatório\",\"description\":\"Olá\",\"urgency\":3,\"impact\":3,\"channel\":\"EMAIL\","
            + "\"participants\":[],\"tags\":[]}";
    private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private G3storSimulator simulator = G3storSimulator.builder().token(TOKEN).start();

    @AfterEach
    void stop() {
        simulator.close();
        http.connectionPool().evictAll();
    }

    private record Answer(int status, Map<String, String> headers, JsonNode body) {}

    private Answer call(String method, String path, String body, String... headers) throws IOException {
        Request.Builder r = new Request.Builder().url(simulator.baseUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        r.header("Authorization", "Bearer " + TOKEN);
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        try (Response response = http.newCall(r.build()).execute()) {
            byte[] bytes = response.body().bytes();
            return new Answer(response.code(), Map.of("etag", String.valueOf(response.header("ETag"))),
                    bytes.length == 0 ? null : Json.parse(bytes));
        }
    }

    @Test
    void createsNeedAnIdempotencyKeyAndAKeyBelongsToOneCall() throws IOException {
        Answer missing = call("POST", "/tickets", TICKET);
        Answer created = call("POST", "/tickets", TICKET, "Idempotency-Key", "k1");
        Answer replay = call("POST", "/tickets", TICKET, "Idempotency-Key", "k1");
        Answer reused = call("POST", "/tickets/G3-1/links", "{\"kind\":\"doc\",\"url\":\"https://x.y/z\"}",
                "Idempotency-Key", "k1");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().path("error").path("fields").has("Idempotency-Key")).isTrue();
        assertThat(created.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body().path("id").asText()).isEqualTo(created.body().path("id").asText());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().path("error").path("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(simulator.tickets()).hasSize(1);
    }

    @Test
    void ticketsCarryAnEtagAndStatusChangesNeedIfMatch() throws IOException {
        call("POST", "/tickets", TICKET, "Idempotency-Key", "k2");

        Answer got = call("GET", "/tickets/G3-1", null);
        Answer noIfMatch = call("PATCH", "/tickets/G3-1", "{\"status\":\"em_analise\"}");
        Answer stale = call("PATCH", "/tickets/G3-1", "{\"status\":\"em_analise\"}", "If-Match", "\"7\"");
        Answer invalid = call("PATCH", "/tickets/G3-1", "{\"status\":\"aguardando_validacao\"}", "If-Match", "\"1\"");
        Answer missing = call("GET", "/tickets/G3-404", null);

        assertThat(got.headers()).containsEntry("etag", "\"1\"");
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("error").path("current").path("version").asLong()).isEqualTo(1);
        assertThat(invalid.status()).isEqualTo(409);
        assertThat(invalid.body().path("error").path("code").asText()).isEqualTo("invalid_transition");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void wrongTokenIsUnauthorizedAndEveryRequestIsCounted() throws IOException {
        Request r = new Request.Builder().url(simulator.baseUrl() + "/tickets").header("Authorization", "Bearer no")
                .build();
        try (Response response = http.newCall(r).execute()) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(Json.parse(response.body().bytes()).path("error").path("code").asText()).isEqualTo("unauthorized");
        }
        call("GET", "/tickets", null);

        assertThat(simulator.requests("GET /tickets")).isEqualTo(2);
    }

    @Test
    void anInstallationWithOtherFieldNamesIsServedInItsNames() throws IOException {
        simulator.close();
        simulator = G3storSimulator.builder().token(TOKEN).fieldNames(Map.of("subject", "assunto")).start();

        Answer created = call("POST", "/tickets", TICKET.replace("\"subject\"", "\"assunto\""), "Idempotency-Key", "k3");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().has("assunto")).isTrue();
        assertThat(created.body().has("subject")).isFalse();
        assertThat(simulator.tickets().get(0).subject()).isEqualTo("Relatório");
    }

    @Test
    void droppedConnectionGivesNoAnswerAndDoesNothing() {
        simulator.faults().failNext(1, Fault.drop().on("POST /tickets"));

        assertThatThrownBy(() -> call("POST", "/tickets", TICKET, "Idempotency-Key", "k4"))
                .isInstanceOf(IOException.class);
        assertThat(simulator.tickets()).isEmpty();
        assertThat(simulator.faults().injected()).isEqualTo(1);
    }
}
