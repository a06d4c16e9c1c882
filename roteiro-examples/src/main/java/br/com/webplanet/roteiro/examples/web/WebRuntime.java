package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.g3stor.CalendarSettings;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.mail.MailConfig;
import br.com.webplanet.roteiro.mail.ServerConfig;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Mailer;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code roteiro watch} (and {@code demo --serve}) runs beside the routine: metrics,
 * health, alerts, the mailbox canary, the {@link Monitor} ticking every {@code tick}, and the
 * {@link WebServer}. Built from a {@link Roteiro} and its configuration; {@link #afterRun} is fed every
 * finished run.
 */
public final class WebRuntime implements AutoCloseable {
    /** Journal owner of the web page's and the monitor's effects. */
    public static final String OWNER = "watch";
    private static final Logger LOG = LoggerFactory.getLogger(WebRuntime.class);

    private final Monitor monitor;
    private final WebServer server;
    private final WebContext context;
    private final ScheduledExecutorService ticker;

    private WebRuntime(Monitor monitor, WebServer server, WebContext context, ScheduledExecutorService ticker) {
        this.monitor = monitor;
        this.server = server;
        this.context = context;
        this.ticker = ticker;
    }

    /** Options a caller may override. */
    /**
     * @param port  overrides {@code http.port}
     * @param tick  how often the monitor looks around
     * @param clock the routine's clock
     * @param steps the steps Hoje lists (empty: every step of the routine), e.g. the demo's seven
     */
    public record Options(Optional<Integer> port, Duration tick, Clock clock, java.util.Set<String> steps) {
        public Options {
            Objects.requireNonNull(port, "port is null");
            Objects.requireNonNull(tick, "tick is null");
            Objects.requireNonNull(clock, "clock is null");
            steps = steps == null ? java.util.Set.of() : java.util.Set.copyOf(steps);
        }

        public Options(Optional<Integer> port, Duration tick, Clock clock) {
            this(port, tick, clock, null);
        }

        public static Options defaults(Clock clock) {
            return new Options(Optional.empty(), Duration.ofMinutes(1), clock);
        }
    }

    /** Builds and starts everything (the routine's services must be startable). */
    public static WebRuntime start(Roteiro roteiro, Options options) {
        Clock clock = options.clock();
        HttpConfig http = roteiro.lookup(HttpConfig.class).orElseGet(HttpConfig::defaults);
        if (options.port().isPresent()) {
            http = http.withPort(options.port().get());
        }
        AlertsConfig alertsConfig = roteiro.lookup(AlertsConfig.class).orElseGet(AlertsConfig::defaults);
        CanaryConfig canaryConfig = roteiro.lookup(CanaryConfig.class).orElseGet(CanaryConfig::defaults);
        BusinessCalendar calendar = roteiro.lookup(G3storConfig.class).map(G3storConfig::calendar)
                .orElseGet(CalendarSettings::defaults).toCalendar();
        Journal journal = roteiro.journal(OWNER);
        RoteiroMetrics metrics = new RoteiroMetrics(clock, alertsConfig.slaRiskUnder());
        DaySource days = new RunHistoryDaySource(roteiro.history());
        seedLastIntake(days, metrics, LocalDate.ofInstant(clock.instant(), calendar.zone()));
        roteiro.start();
        Optional<Mailer> mailer = roteiro.lookup(Mailer.class);
        Alerts alerts = new Alerts(journal, mailer, alertsConfig, clock, calendar.zone(), metrics);
        Optional<Canary> canary = canaryConfig.enabled() && mailer.isPresent()
                && roteiro.lookup(MailConfig.class).isPresent()
                ? Optional.of(new Canary(journal, mailer.get(), canaryConfig, alerts, metrics, clock,
                        Optional.of(roteiro.tasks()))) : Optional.empty();
        BusinessHours hours = new BusinessHours(calendar);
        Health health = new Health(checks(roteiro, journal), metrics::lastIntakeAge, canary.isPresent()
                ? () -> hours.intakeSilence(metrics.lastIntakeAge(), clock.instant()) : Optional::empty,
                alertsConfig.intakeStalledAfter(), clock);
        Monitor monitor = new Monitor(days, alerts, canary, canaryConfig, metrics, health, alertsConfig, calendar, clock);
        List<br.com.webplanet.roteiro.spi.StepDescriptor> plan = roteiro.steps().stream()
                .filter(d -> options.steps().isEmpty() || options.steps().contains(d.id())).toList();
        WebContext context = new WebContext(http, days, new RoteiroTaskSource(roteiro.tasks(), calendar.zone()), plan, Optional.of(alerts),
                canary, metrics, health, new ChangeLog(journal, clock, calendar.zone()), clock, calendar.zone(),
                alertsConfig.slaRiskUnder());
        WebServer server = WebServer.start(context);
        alerts.onRaise(server::invalidate);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roteiro-watch-monitor");
            t.setDaemon(true);
            return t;
        });
        long tickMillis = options.tick().toMillis();
        ticker.scheduleWithFixedDelay(() -> {
            try {
                monitor.tick();
            } catch (RuntimeException e) {
                LOG.warn("monitor tick failed, trying again in {} ms: {}", tickMillis, e.toString());
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        return new WebRuntime(monitor, server, context, ticker);
    }

    /** Feeds a finished run (metrics, alerts). Never throws: a problem here must not stop the watch. */
    public void afterRun(DailyReport report) {
        try {
            server.invalidate();
            monitor.afterRun(report);
        } catch (RuntimeException e) {
            LOG.warn("could not record the run {} for metrics and alerts: {}", report.runId(), e.toString());
        }
    }

    /**
     * Makes the next page view read the journal again, e.g. after tasks changed outside the page and
     * outside a run (the embedding API); otherwise the page catches up within a couple of seconds.
     */
    public void refresh() {
        server.invalidate();
    }

    /** One monitor pass now (tests, and right after start). */
    public void tick() {
        monitor.tick();
    }

    public int port() {
        return server.port();
    }

    public WebContext context() {
        return context;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.close();
    }

    private static List<Health.Check> checks(Roteiro roteiro, Journal journal) {
        List<Health.Check> checks = new ArrayList<>();
        roteiro.lookup(MailConfig.class).ifPresent(mail -> {
            ServerConfig imap = mail.imap();
            checks.add(Health.tcp("imap", imap.host(), imap.portOr(993, 143)));
            ServerConfig smtp = mail.smtp();
            checks.add(Health.tcp("smtp", smtp.host(), smtp.portOr(465, 587)));
        });
        roteiro.lookup(G3storConfig.class).ifPresent(g -> checks.add(Health.url("g3stor", URI.create(g.baseUrl()))));
        checks.add(new Health.Check("journal", "journal", () -> {
            journal.state("health:probe");
            return true;
        }));
        return checks;
    }

    private static void seedLastIntake(DaySource days, RoteiroMetrics metrics, LocalDate today) {
        Day day = days.day(today);
        day.view().flatMap(br.com.webplanet.roteiro.examples.report.WaitingQueue::of)
                .ifPresent(q -> metrics.queue(q.entries()));
        for (StepReport step : day.steps()) {
            if (step.stepId().equals(RoteiroMetrics.TRIAGE) && step.status() != StepStatus.FAILED
                    && step.status() != StepStatus.SKIPPED) {
                day.lastRunOf(step.stepId()).ifPresent(metrics::intakeSucceeded);
            }
        }
    }
}
