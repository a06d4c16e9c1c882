package br.com.webplanet.roteiro.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.memory.InMemoryJournal;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts' JSON POST to {@code alerts.webhook}, against a real local HTTP server playing the chat tool. */
class AlertsWebhookTest {
    private static final Instant NOW = Instant.parse("2026-12-01T13:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    private HttpServer chat;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void startChat() throws Exception {
        chat = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        chat.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        chat.start();
    }

    @AfterEach
    void stopChat() {
        chat.stop(0);
    }

    @Test
    void eachCauseIsPostedOnceAsJsonAndAFailedDeliveryIsRetriedNotRepeated() {
        failuresLeft.set(1);   // the chat tool is down for the first call
        Alerts alerts = alerts(new InMemoryJournal());

        assertThat(alerts.raise("step-failed:mail.triage:2026-12-01", "step-failed", "Passo com falha: Triagem",
                "detalhe")).isTrue();
        assertThat(bodies).as("the 503 is not a delivery").isEmpty();
        assertThat(alerts.raise("step-failed:mail.triage:2026-12-01", "step-failed", "de novo", "")).isFalse();

        alerts.retryDeliveries(LocalDate.of(2026, 12, 1));
        alerts.retryDeliveries(LocalDate.of(2026, 12, 1));

        assertThat(bodies).singleElement().asString()
                .contains("\"text\":\"[roteiro] Passo com falha: Triagem — detalhe\"",
                        "\"key\":\"step-failed:mail.triage:2026-12-01\"", "\"kind\":\"step-failed\"");
    }

    @Test
    void aRestartOnTheSameJournalDoesNotRepeatTheAlert() {
        InMemoryJournal journal = new InMemoryJournal();
        assertThat(alerts(journal).raise("sla-breached:G3-1:x", "sla-breached", "SLA violado", "")).isTrue();
        Alerts afterRestart = alerts(journal);
        assertThat(afterRestart.raise("sla-breached:G3-1:x", "sla-breached", "SLA violado", "")).isFalse();
        afterRestart.retryDeliveries(LocalDate.of(2026, 12, 1));
        assertThat(bodies).hasSize(1);
        assertThat(afterRestart.of(LocalDate.of(2026, 12, 1))).hasSize(1);
    }

    private Alerts alerts(InMemoryJournal journal) {
        URI hook = URI.create("http://127.0.0.1:" + chat.getAddress().getPort() + "/hook");
        AlertsConfig config = new AlertsConfig(List.of(), Optional.of(hook), null, null);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new Alerts(journal, Optional.empty(), config, clock, ZONE, new RoteiroMetrics(clock, Duration.ofHours(1)));
    }
}
