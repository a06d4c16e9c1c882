package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web page reads and changes: the day and its tasks (behind {@link DaySource} and
 * {@link TaskSource}, so the day view and the task store of the tasks work plug in), the routine's
 * plan, alerts, canary, metrics, health and the change log.
 */
public record WebContext(HttpConfig http, DaySource days, TaskSource tasks, List<StepDescriptor> plan,
                         Optional<Alerts> alerts, Optional<Canary> canary, RoteiroMetrics metrics, Health health,
                         ChangeLog changes, Clock clock, ZoneId zone, Duration slaRiskUnder) {
    public WebContext {
        Objects.requireNonNull(http, "http is null");
        Objects.requireNonNull(days, "days is null");
        Objects.requireNonNull(tasks, "tasks is null");
        plan = List.copyOf(plan);
        Objects.requireNonNull(alerts, "alerts is null");
        Objects.requireNonNull(canary, "canary is null");
        Objects.requireNonNull(metrics, "metrics is null");
        Objects.requireNonNull(health, "health is null");
        Objects.requireNonNull(changes, "changes is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(zone, "zone is null");
        Objects.requireNonNull(slaRiskUnder, "slaRiskUnder is null");
    }

    /** The same context on another HTTP configuration (e.g. {@code --port}). */
    public WebContext withHttp(HttpConfig value) {
        return new WebContext(value, days, tasks, plan, alerts, canary, metrics, health, changes, clock, zone,
                slaRiskUnder);
    }
}
