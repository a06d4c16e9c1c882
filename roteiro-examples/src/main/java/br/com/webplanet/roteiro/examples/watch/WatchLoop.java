package br.com.webplanet.roteiro.examples.watch;

import br.com.webplanet.roteiro.engine.Roteiro;
import br.com.webplanet.roteiro.examples.cli.CliText;
import br.com.webplanet.roteiro.examples.cli.RoutineRun;
import br.com.webplanet.roteiro.mail.MailboxWatcher;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code roteiro watch}: new mail runs {@code mail.triage} (through the mail module's
 * {@link MailboxWatcher}) and refreshes the day's HTML report; the full routine runs at the scheduled
 * time of each business day (and mails the day's report when {@code report.mail-to} is set). One
 * run at a time. {@link #stop()} lets a run in progress finish, then stops the services and closes
 * the journal, so a SIGTERM never leaves a step half-recorded.
 */
public final class WatchLoop {
    private static final Logger LOG = LoggerFactory.getLogger(WatchLoop.class);
    private static final String TRIAGE = "mail.triage";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Roteiro roteiro;
    private final MailboxWatcher watcher;
    private final RoutineSchedule schedule;
    private final Clock clock;
    private final PrintWriter out;
    private final Object runLock = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "roteiro-watch-schedule");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final List<Consumer<DailyReport>> runListeners = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    public WatchLoop(Roteiro roteiro, MailboxWatcher watcher, RoutineSchedule schedule, Clock clock, PrintWriter out) {
        this.roteiro = Objects.requireNonNull(roteiro, "roteiro is null");
        this.watcher = Objects.requireNonNull(watcher, "watcher is null");
        this.schedule = Objects.requireNonNull(schedule, "schedule is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.out = Objects.requireNonNull(out, "out is null");
    }

    /** Calls {@code listener} with every finished run's report (e.g. the web page's metrics and alerts). */
    public void onRun(Consumer<DailyReport> listener) {
        runListeners.add(Objects.requireNonNull(listener, "listener is null"));
    }

    /** Starts watching and scheduling; returns at once. */
    public void start(boolean runNow) {
        roteiro.start();
        out.println(CliText.get("watch.started", schedule.at()));
        out.flush();
        if (runNow) {
            timer.execute(this::routine);
        }
        scheduleNextRoutine();
        watcher.watch(this::triage);
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Lets a run in progress end, then stops watching and closes the routine (services, journal). */
    public void stop() {
        if (!stopRequested.compareAndSet(false, true)) {
            return;
        }
        timer.shutdownNow();
        try {
            synchronized (runLock) {
                stopping = true;   // waits for a run in progress; none starts after this
            }
            roteiro.close();
            out.println(CliText.get("watch.stopped"));
            out.flush();
        } finally {
            stopped.countDown();
        }
    }

    private void triage() {
        synchronized (runLock) {
            if (stopping) {
                return;
            }
            try {
                DailyReport report = roteiro.runSteps(Set.of(TRIAGE));
                runListeners.forEach(l -> l.accept(report));
                for (StepReport step : report.steps()) {
                    out.println(TIME.format(clock.instant().atZone(clock.getZone()))
                            + " " + step.stepId() + ": " + step.status().label().in(CliText.locale()) + " — "
                            + step.summary());
                }
                refreshDayReport(report);
                out.flush();
            } catch (RuntimeException e) {
                LOG.warn("mail triage failed; the next new mail tries again: {}", e.getMessage());
            }
        }
    }

    /** The day's HTML report includes this mail run (its actions, the tasks it raised) as soon as it ends. */
    private void refreshDayReport(DailyReport report) {
        try {
            RoutineRun.refreshDay(roteiro, report);
        } catch (RuntimeException e) {
            LOG.warn("the day's HTML report was not refreshed after the mail run: {}", e.getMessage());
        }
    }

    private void routine() {
        synchronized (runLock) {
            if (stopping) {
                return;
            }
            try {
                out.println(CliText.get("watch.routine", clock.instant().atZone(schedule.zone()).toLocalDate()));
                DailyReport report = RoutineRun.all(roteiro, out).report();
                runListeners.forEach(l -> l.accept(report));
            } catch (RuntimeException e) {
                LOG.warn("the scheduled routine failed; it runs again on the next business day: {}", e.getMessage());
            }
        }
    }

    private void scheduleNextRoutine() {
        if (stopping) {
            return;
        }
        ZonedDateTime next = schedule.nextAfter(clock.instant());
        long delay = Math.max(0, Duration.between(clock.instant(), next.toInstant()).toMillis());
        LOG.info("next full routine at {}", next);
        timer.schedule(() -> {
            routine();
            scheduleNextRoutine();
        }, delay, TimeUnit.MILLISECONDS);
    }
}
