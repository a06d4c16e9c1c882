package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.examples.report.WaitingQueue;
import br.com.webplanet.roteiro.model.WaitingCustomer;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch's eyes during the day: after each run ({@link #afterRun}) and on every tick ({@link #tick})
 * it turns what it sees into alerts, each once per cause — a server down (per server and day), a step
 * failing (per step and day), intake stalled (per day), a waiting customer's SLA at risk or breached
 * (per ticket and deadline), a canary missing (per probe) — and, in business hours, sends the next
 * mailbox canary when it is due.
 */
public final class Monitor {
    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final DaySource days;
    private final Alerts alerts;
    private final Optional<Canary> canary;
    private final CanaryConfig canaryConfig;
    private final RoteiroMetrics metrics;
    private final Health health;
    private final AlertsConfig config;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final BusinessHours hours;

    public Monitor(DaySource days, Alerts alerts, Optional<Canary> canary, CanaryConfig canaryConfig,
                   RoteiroMetrics metrics, Health health, AlertsConfig config, BusinessCalendar calendar, Clock clock) {
        this.days = Objects.requireNonNull(days, "days is null");
        this.alerts = Objects.requireNonNull(alerts, "alerts is null");
        this.canary = Objects.requireNonNull(canary, "canary is null");
        this.canaryConfig = Objects.requireNonNull(canaryConfig, "canaryConfig is null");
        this.metrics = Objects.requireNonNull(metrics, "metrics is null");
        this.health = Objects.requireNonNull(health, "health is null");
        this.config = Objects.requireNonNull(config, "config is null");
        this.calendar = Objects.requireNonNull(calendar, "calendar is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.hours = new BusinessHours(calendar);
    }

    /** A run finished: metrics, failing steps, the queue's SLA. */
    public synchronized void afterRun(DailyReport report) {
        metrics.recordRun(report);
        if (report.dryRun()) {
            return;
        }
        for (StepReport step : report.steps()) {
            if (step.status() == StepStatus.FAILED) {
                String title = step.title() == null ? step.stepId() : step.title().in(java.util.Locale.ROOT);
                alerts.raise("step-failed:" + step.stepId() + ":" + report.runDate(), "step-failed",
                        "Passo com falha: " + title,
                        "O passo " + step.stepId() + " falhou na execução " + report.runId() + ": "
                                + (step.error() == null ? step.summary() : step.error().message())
                                + ". Veja a página Hoje e o relatório; o passo roda de novo na próxima execução.");
            }
        }
        WaitingQueue.of(report).ifPresent(q -> sla(q.entries(), clock.instant()));
    }

    /** One look around; called every minute or so by the watch. */
    public synchronized void tick() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        Health.Snapshot snapshot = health.probe(now);
        for (String down : snapshot.down()) {
            if (down.equals("intake")) {
                continue;
            }
            alerts.raise("server-down:" + down + ":" + today, "server-down", "Servidor inacessível: " + down,
                    "O roteiro não conseguiu conectar a " + down + " (" + snapshot.checks().get(down).get("target")
                            + ") às " + HOUR.format(now.atZone(calendar.zone())) + ". Enquanto isso a caixa de suporte"
                            + " não é lida ou nada é enviado; verifique o servidor, a rede e as credenciais.");
        }
        boolean businessHours = hours.contains(now);
        if (businessHours && canary.isPresent()) {
            Canary c = canary.get();
            c.check();
            Optional<Canary.Probe> latest = c.latest();
            if (latest.isEmpty() || Duration.between(latest.get().sentAt(), now).compareTo(canaryConfig.interval()) >= 0) {
                try {
                    c.send();
                } catch (RuntimeException e) {
                    LOG.warn("the mailbox canary could not be sent: {}", e.getMessage());
                }
            }
            Optional<Duration> age = hours.intakeSilence(metrics.lastIntakeAge(), now);
            if (age.isPresent() && age.get().compareTo(config.intakeStalledAfter()) > 0) {
                alerts.raise("intake-stalled:" + today, "intake-stalled", "Leitura da caixa parada",
                        "Nenhuma leitura da caixa de suporte deu certo há " + age.get().toMinutes() + " min (o canário"
                                + " deveria chegar a cada " + canaryConfig.interval().toMinutes() + " min). Verifique"
                                + " o roteiro watch, a senha da caixa e a pasta lida.");
            }
        }
        Day day = days.day(today);
        day.view().flatMap(WaitingQueue::of).ifPresent(q -> sla(q.entries(), now));
        alerts.retryDeliveries(today);
    }

    private void sla(List<WaitingCustomer> entries, Instant now) {
        for (WaitingCustomer w : entries) {
            if (w.deadline() == null) {
                continue;
            }
            Duration left = Duration.between(now, w.deadline());
            String ticket = w.ticket().value();
            String cause = ticket + ":" + w.deadline();
            String who = w.customer() == null ? "" : " (" + w.customer() + ")";
            String deadline = HOUR.format(w.deadline().atZone(calendar.zone()));
            if (left.isNegative() || left.isZero()) {
                alerts.raise("sla-breached:" + cause, "sla-breached", "SLA violado: chamado " + ticket + who,
                        "O prazo do SLA do chamado " + ticket + " venceu às " + deadline + " e o cliente ainda aguarda"
                                + " a equipe. Responda ao cliente e registre o atendimento no G3stor.");
            } else if (left.compareTo(config.slaRiskUnder()) < 0) {
                alerts.raise("sla-at-risk:" + cause, "sla-at-risk", "SLA em risco: chamado " + ticket + who,
                        "Faltam " + HojeView.hoursMinutes(left) + " para o prazo do SLA do chamado " + ticket + " ("
                                + deadline + "). Responda ao cliente antes disso.");
            }
        }
    }

}
