package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.examples.report.WaitingQueue;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.StepStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The routine's metrics in Micrometer, scraped as Prometheus text on {@code /metrics}. Fed by
 * {@link #recordRun} after each run (mail taken in, tickets, replies, acknowledgements, step
 * durations and outcomes, the waiting queue), by the canary ({@link #canaryRoundTrip}) and by alerts.
 * Every metric is named {@code roteiro_*}.
 */
public final class RoteiroMetrics {
    static final String TRIAGE = "mail.triage";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Clock clock;
    private final Map<Priority, AtomicLong> queueByPriority = new EnumMap<>(Priority.class);
    private final AtomicLong atRisk = new AtomicLong();
    private final AtomicLong breached = new AtomicLong();
    private final AtomicReference<Instant> lastIntake = new AtomicReference<>();
    private final Duration slaRiskUnder;

    public RoteiroMetrics(Clock clock, Duration slaRiskUnder) {
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.slaRiskUnder = Objects.requireNonNull(slaRiskUnder, "slaRiskUnder is null");
        for (Priority p : Priority.values()) {
            AtomicLong n = new AtomicLong();
            queueByPriority.put(p, n);
            Gauge.builder("roteiro.queue.size", n, AtomicLong::get).description("customers waiting on the team")
                    .tag("priority", p.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        Gauge.builder("roteiro.sla.at.risk", atRisk, AtomicLong::get)
                .description("waiting tickets whose SLA breaches within alerts.sla-risk-under").register(registry);
        Gauge.builder("roteiro.sla.breached", breached, AtomicLong::get)
                .description("waiting tickets past their SLA").register(registry);
        Gauge.builder("roteiro.intake.last.success.age", this, m -> m.lastIntakeAge().map(d -> d.toMillis() / 1000.0)
                        .orElse(Double.NaN))
                .description("seconds since the last successful mail intake (NaN: none yet)").baseUnit("seconds")
                .register(registry);
        counter("mail.taken", "mails taken in by intake");
        counter("tickets.opened", "tickets opened from mail");
        counter("replies", "customer replies threaded into tickets");
        counter("acknowledgements", "acknowledgements sent");
    }

    /** Adds one finished run (counters, step timings and outcomes, queue, last intake). */
    public void recordRun(DailyReport report) {
        for (StepReport step : report.steps()) {
            String status = step.status().name().toLowerCase(Locale.ROOT);
            Timer.builder("roteiro.step.duration").description("how long a step ran, by outcome")
                    .tag("step", step.stepId()).tag("status", status).register(registry).record(step.duration());
            if (step.stepId().equals(TRIAGE)) {
                counter("mail.taken", null).increment(step.counts().getOrDefault("messages", 0L));
                counter("tickets.opened", null).increment(step.counts().getOrDefault("ticketsOpened", 0L));
                counter("replies", null).increment(step.counts().getOrDefault("repliesThreaded", 0L));
                counter("acknowledgements", null).increment(step.counts().getOrDefault("acksSent", 0L));
                if (step.status() != StepStatus.FAILED && step.status() != StepStatus.SKIPPED && !report.dryRun()) {
                    intakeSucceeded(report.finishedAt());
                }
            }
        }
        WaitingQueue.of(report).ifPresent(q -> queue(q.entries()));
    }

    /** Notes a successful intake at {@code at} (also used to seed from the journal at start-up). */
    public void intakeSucceeded(Instant at) {
        lastIntake.accumulateAndGet(at, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }

    /** Time since the last successful intake, empty when none was seen. */
    public java.util.Optional<Duration> lastIntakeAge() {
        Instant last = lastIntake.get();
        return last == null ? java.util.Optional.empty() : java.util.Optional.of(Duration.between(last, clock.instant()));
    }

    /** Replaces the queue gauges with {@code entries}. */
    public void queue(List<WaitingCustomer> entries) {
        queueByPriority.values().forEach(n -> n.set(0));
        long risk = 0;
        long late = 0;
        for (WaitingCustomer w : entries) {
            queueByPriority.get(w.priority()).incrementAndGet();
            if (w.timeToBreach() != null) {
                if (w.breached() || w.timeToBreach().isNegative()) {
                    late++;
                } else if (w.timeToBreach().compareTo(slaRiskUnder) < 0) {
                    risk++;
                }
            }
        }
        atRisk.set(risk);
        breached.set(late);
    }

    /** A canary made the round trip SMTP → mailbox → intake in {@code elapsed}. */
    public void canaryRoundTrip(Duration elapsed) {
        Timer.builder("roteiro.canary.round.trip").description("mailbox canary: sent until intake saw it")
                .register(registry).record(elapsed);
    }

    /** A canary was not seen in time. */
    public void canaryMissing() {
        counter("canary.missing", "canaries intake did not see in time").increment();
    }

    /** An alert was raised (once per cause). */
    public void alertRaised(String kind) {
        Counter.builder("roteiro.alerts").description("alerts raised, by kind").tag("kind", kind).register(registry)
                .increment();
    }

    /** One HTTP request of the web page served in {@code elapsed} ({@code route}: the matched path pattern). */
    public void httpRequest(String route, int status, Duration elapsed) {
        Timer.builder("roteiro.http.server.requests").description("web page requests, time spent in the server")
                .tag("route", route).tag("status", String.valueOf(status)).publishPercentiles(0.5, 0.99)
                .register(registry).record(elapsed);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    /** The registry, for an embedding application's own meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private Counter counter(String name, String description) {
        Counter.Builder b = Counter.builder("roteiro." + name);
        if (description != null) {
            b.description(description);
        }
        return b.register(registry);
    }
}
