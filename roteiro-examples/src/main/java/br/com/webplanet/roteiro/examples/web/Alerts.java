package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.model.OutgoingMail;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises alerts once per cause: the alert itself is a journal effect ({@code alert:<key>}), its mail
 * to {@code alerts.mail-to} ({@code alert:<key>:mail}, reconciled with the Sent folder) and its JSON
 * POST to {@code alerts.webhook} ({@code alert:<key>:webhook}) are effects of their own, so a restart,
 * a second cycle or a second runner on the same journal never repeats one, and a delivery that failed
 * is retried by {@link #retryDeliveries}. Today's alerts are also recorded under topic
 * {@code alerts:<date>} for the page; a person acknowledges one there ({@link #acknowledge}).
 */
public final class Alerts {
    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

    private final Journal journal;
    private final Optional<Mailer> mailer;
    private final AlertsConfig config;
    private final Clock clock;
    private final ZoneId zone;
    private final RoteiroMetrics metrics;
    private final HttpClient http;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Alerts(Journal journal, Optional<Mailer> mailer, AlertsConfig config, Clock clock, ZoneId zone,
                  RoteiroMetrics metrics) {
        this.journal = Objects.requireNonNull(journal, "journal is null");
        this.mailer = Objects.requireNonNull(mailer, "mailer is null");
        this.config = Objects.requireNonNull(config, "config is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
        this.metrics = Objects.requireNonNull(metrics, "metrics is null");
        this.http = HttpClient.newBuilder().connectTimeout(WEBHOOK_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Calls {@code listener} after an alert is raised (e.g. so the page shows it at once). */
    public void onRaise(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener is null"));
    }

    /** A person saw an alert on the page. */
    public record Acknowledgement(String who, Instant at) {}

    /** An alert and, when a person saw it, who. */
    public record Shown(Alert alert, Optional<Acknowledgement> acknowledgement) {}

    /**
     * Raises the alert for {@code key} unless it was raised before (on any day, by any runner).
     *
     * @return true when this call raised it
     */
    public boolean raise(String key, String kind, String title, String detail) {
        String effect = "alert:" + key;
        if (journal.state(effect) != Journal.EffectState.ABSENT) {
            return false;
        }
        Alert alert = new Alert(key, kind, title, detail, clock.instant());
        Alert recorded = journal.once(effect, Alert.class, () -> Optional.empty(), () -> alert);
        if (!recorded.equals(alert)) {
            return false;   // another runner raised it between our check and our effect
        }
        journal.record(topic(LocalDate.ofInstant(alert.raisedAt(), zone)), key, alert);
        metrics.alertRaised(kind);
        LOG.warn("alert {}: {}", key, title);
        listeners.forEach(Runnable::run);
        deliver(alert);
        return true;
    }

    /** Whether the alert for {@code key} was raised. */
    public boolean wasRaised(String key) {
        return journal.state("alert:" + key) == Journal.EffectState.DONE;
    }

    /** Alerts of {@code date}, oldest first, with who acknowledged them. */
    public List<Shown> of(LocalDate date) {
        Map<String, Alert> alerts = journal.records(topic(date), Alert.class);
        Map<String, Acknowledgement> acks = journal.records(ackTopic(date), Acknowledgement.class);
        List<Shown> shown = new ArrayList<>();
        alerts.values().forEach(a -> shown.add(new Shown(a, Optional.ofNullable(acks.get(a.key())))));
        return List.copyOf(shown);
    }

    /** Records that {@code who} saw the alert {@code key} of {@code date}; false when there is no such alert. */
    public boolean acknowledge(LocalDate date, String key, String who) {
        if (!journal.records(topic(date), Alert.class).containsKey(key)) {
            return false;
        }
        journal.record(ackTopic(date), key, new Acknowledgement(who, clock.instant()));
        return true;
    }

    /** Tries again every delivery of {@code date}'s alerts that has not succeeded. */
    public void retryDeliveries(LocalDate date) {
        journal.records(topic(date), Alert.class).values().forEach(this::deliver);
    }

    private void deliver(Alert alert) {
        if (!config.mailTo().isEmpty() && mailer.isPresent()) {
            String key = "alert:" + alert.key() + ":mail";
            if (journal.state(key) != Journal.EffectState.DONE) {
                Mailer m = mailer.get();
                String messageId = "<roteiro-alert." + hash(alert.key()) + "@" + m.from().domain() + ">";
                try {
                    journal.once(key, String.class, () -> m.findSent(messageId).map(s -> s.messageId()),
                            () -> m.send(mail(alert, messageId)).messageId());
                } catch (RuntimeException e) {
                    LOG.warn("alert {}: the mail could not be sent, tried again later: {}", alert.key(), e.getMessage());
                }
            }
        }
        config.webhook().ifPresent(url -> {
            String key = "alert:" + alert.key() + ":webhook";
            if (journal.state(key) == Journal.EffectState.DONE) {
                return;
            }
            try {
                journal.once(key, Integer.class, () -> post(url, alert));
            } catch (RuntimeException e) {
                LOG.warn("alert {}: the webhook could not be called, tried again later: {}", alert.key(), e.getMessage());
            }
        });
    }

    private OutgoingMail mail(Alert alert, String messageId) {
        List<MailAddress> to = config.mailTo().stream().map(MailAddress::of).toList();
        String text = alert.title() + "\n\n" + alert.detail() + "\n\n" + "Causa: " + alert.key() + "\n"
                + "Este alerta é enviado uma vez por causa; a página do roteiro mostra os alertas do dia.\n";
        return new OutgoingMail(to, "[roteiro] " + alert.title(), text, null, messageId, null, List.of(),
                Map.of("Auto-Submitted", "auto-generated", "X-Roteiro-Alert", alert.kind()), null);
    }

    private Integer post(java.net.URI url, Alert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "[roteiro] " + alert.title() + " — " + alert.detail());
        body.put("key", alert.key());
        body.put("kind", alert.kind());
        body.put("title", alert.title());
        body.put("detail", alert.detail());
        body.put("raisedAt", alert.raisedAt().toString());
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(WEBHOOK_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new EffectNotPerformedException("the webhook answered " + response.statusCode(), null);
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new EffectNotPerformedException("the webhook could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EffectNotPerformedException("interrupted while calling the webhook", e);
        }
    }

    static String topic(LocalDate date) {
        return "alerts:" + date;
    }

    private static String ackTopic(LocalDate date) {
        return "alerts.ack:" + date;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
