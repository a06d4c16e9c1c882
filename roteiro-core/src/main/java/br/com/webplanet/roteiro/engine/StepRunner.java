package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.model.TextBundle;
import br.com.webplanet.roteiro.engine.journal.JdbcJournal;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.engine.journal.LeaseManager;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.report.StepError;
import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.ReconcileRequiredException;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs selected steps in plan order, each isolated: an exception or a timeout makes it FAILED,
 * its dependents SKIPPED, and the rest go on. Outside dry-run each step runs under a lease and
 * the run's report is kept in the journal.
 */
final class StepRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StepRunner.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private final JournalStore store;
    private final RunSettings settings;
    private final TextBundle messages;
    private final br.com.webplanet.roteiro.report.ReportFormat durations;
    /** Steps that passed their time limit and ignored the interrupt: their threads may still be working. */
    private final Map<String, Thread> stragglers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Tasks tasks;
    /** The date of the run in progress (runs are one at a time: Roteiro serialises them). */
    private LocalDate currentRunDate;

    StepRunner(JournalStore store, RunSettings settings, Tasks tasks) {
        this.store = store;
        this.settings = settings;
        this.messages = TextBundle.of(StepRunner.class, "messages", settings.locale());
        this.durations = new br.com.webplanet.roteiro.report.ReportFormat(settings.locale(), java.time.ZoneOffset.UTC);
        this.tasks = tasks;
    }

    DailyReport run(List<ChecklistStep> steps) {
        LocalDate runDate = settings.dateOfRun();
        currentRunDate = runDate;
        String runId = runDate + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant startedAt = settings.clock().instant();
        if (!settings.dryRun()) {
            store.runs().started(runId, runDate);
            prune();
        }
        Map<String, StepResult> results = new LinkedHashMap<>();
        List<StepReport> reports = new ArrayList<>();
        for (ChecklistStep step : steps) {
            StepDescriptor d = step.descriptor();
            MDC.put("step", d.id());
            MDC.put("module", d.module());
            try {
                StepReport report = runOne(step, runDate, runId, results);
                results.put(d.id(), report.result());
                reports.add(report);
                notifyFinished(d, report);
            } finally {
                MDC.remove("step");
                MDC.remove("module");
            }
        }
        DailyReport report = new DailyReport(runId, runDate, startedAt, settings.clock().instant(), settings.dryRun(),
                reports, taskLines(runDate, reports), List.of());
        if (!settings.dryRun()) {
            store.runs().finished(report);
        }
        return report;
    }

    /**
     * Keeps the tasks a step raised (outside dry-run); when the step did not fail and was not
     * skipped, closes its earlier tasks whose cause it re-examined and did not raise again.
     */
    private void syncTasks(StepDescriptor d, StepResult r) {
        if (settings.dryRun() || currentRunDate == null) {
            return;
        }
        try {
            Instant now = settings.clock().instant();
            List<br.com.webplanet.roteiro.model.Task> raised = store.tasks().raise(d.id(), r.humanTasks(),
                    currentRunDate, now);
            if (r.status() == StepStatus.FAILED || r.status() == StepStatus.SKIPPED) {
                return;   // it did not look at everything it meant to: absence of a task proves nothing
            }
            java.util.Set<br.com.webplanet.roteiro.model.TaskId> ids = new java.util.HashSet<>();
            raised.forEach(t -> ids.add(t.id()));
            String reason = messages.get("task.resolved", d.title().in(settings.locale()), currentRunDate.toString());
            List<br.com.webplanet.roteiro.model.Task> closed = store.tasks().resolve(d.id(), r.reexamined(), ids,
                    currentRunDate, now, reason);
            if (!closed.isEmpty()) {
                LOG.info("step {}: {} task(s) closed, their cause is gone", d.id(), closed.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("step {}: its tasks were not kept in the journal: {}", d.id(), e.getMessage());
        }
    }

    /** Open tasks (oldest first, with ages) and those closed on the run's date; in dry-run, plus what this run raised. */
    private List<br.com.webplanet.roteiro.report.TaskLine> taskLines(LocalDate runDate, List<StepReport> reports) {
        try {
            List<br.com.webplanet.roteiro.report.TaskLine> lines = new ArrayList<>(tasks.lines(runDate));
            if (settings.dryRun()) {
                java.util.Set<String> known = new java.util.HashSet<>();
                lines.forEach(l -> known.add(l.id()));
                for (StepReport s : reports) {
                    for (HumanTask h : s.humanTasks()) {
                        var id = br.com.webplanet.roteiro.model.TaskId.of(s.stepId(), h.subject());
                        if (known.add(id.value())) {
                            lines.add(new br.com.webplanet.roteiro.report.TaskLine(id.value(), s.stepId(), h.title(),
                                    h.target(), h.reason(), h.wikiLink(), br.com.webplanet.roteiro.model.TaskState.OPEN,
                                    runDate, settings.clock().instant(), 0, null, null, null, null));
                        }
                    }
                }
            }
            return lines;
        } catch (RuntimeException e) {
            LOG.warn("the report lists no tasks: they could not be read from the journal: {}", e.getMessage());
            return List.of();
        }
    }

    private void notifyFinished(StepDescriptor d, StepReport report) {
        try {
            settings.progress().stepFinished(d, report);
        } catch (RuntimeException e) {
            LOG.warn("progress listener failed after step {}: {}", d.id(), e.toString());
        }
    }

    private Progress progressFor(StepDescriptor d) {
        try {
            Progress progress = settings.progress().stepStarted(d);
            return progress == null ? Progress.NONE : progress;
        } catch (RuntimeException e) {
            LOG.warn("progress listener failed before step {}: {}", d.id(), e.toString());
            return Progress.NONE;
        }
    }

    /** By real time, as the journal's own timestamps are (the run's clock may be fixed or moved). */
    private void prune() {
        try {
            int removed = store.prune(Instant.now().minus(settings.keepHistory()));
            if (removed > 0) {
                LOG.info("journal: forgot {} reports and hand-off records older than {} days", removed,
                        settings.keepHistory().toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("journal: old history not pruned: {}", e.getMessage());
        }
    }

    private StepReport runOne(ChecklistStep step, LocalDate runDate, String runId, Map<String, StepResult> results) {
        StepDescriptor d = step.descriptor();
        for (String dep : new TreeSet<>(d.dependsOn())) {
            StepResult depResult = results.get(dep);
            if (depResult != null && (depResult.status() == StepStatus.FAILED || depResult.status() == StepStatus.SKIPPED)) {
                String why = messages.get("step.dependencyFailed", dep, messages.get("status." + depResult.status()));
                return report(d, StepResult.of(StepStatus.SKIPPED, why), null, Duration.ZERO);
            }
        }
        Thread straggler = stragglers.get(d.id());
        if (straggler != null && straggler.isAlive()) {
            return report(d, StepResult.of(StepStatus.SKIPPED, messages.get("step.stillRunning")), null, Duration.ZERO);
        }
        stragglers.remove(d.id());
        if (settings.dryRun()) {
            return execute(step, runDate, runId, results);
        }
        Duration leaseFor = max(settings.leaseDuration(), timeoutOf(d).plusMinutes(1));
        LeaseManager.Attempt lease;
        try {
            lease = lease(d, runDate, leaseFor);
        } catch (RuntimeException e) {
            StepError error = redacted(StepError.of(e));
            LOG.warn("Failure in step {} of module {}: no lease: {}", d.id(), d.module(), error.message());
            return report(d, StepResult.of(StepStatus.FAILED, error.message()), error, Duration.ZERO);
        }
        if (!lease.granted()) {
            String until = DateTimeFormatter.ofPattern("HH:mm").format(lease.expiresAt().atZone(settings.clock().getZone()));
            String why = messages.get("step.leaseHeld", lease.holder(), runDate.toString(), until);
            LOG.info("step {} skipped: lease held by {}", d.id(), lease.holder());
            return report(d, StepResult.of(StepStatus.SKIPPED, why), null, Duration.ZERO);
        }
        try {
            return execute(step, runDate, runId, results);
        } finally {
            try {
                if (!stragglers.containsKey(d.id())) {   // a straggler keeps the lease until it expires
                    store.leases().release(runDate, d.id(), settings.owner());
                }
            } catch (RuntimeException e) {
                LOG.warn("step {}: lease not released ({}); it expires by itself", d.id(), e.getMessage());
            }
        }
    }

    private LeaseManager.Attempt lease(StepDescriptor d, LocalDate runDate, Duration leaseFor) {
        LeaseManager.Attempt lease = store.leases().acquire(runDate, d.id(), settings.owner(), leaseFor);
        if (!lease.granted() && LeaseOwner.isDeadLocalProcess(lease.holder())
                && store.leases().takeOverFrom(runDate, d.id(), lease.holder(), settings.owner(), leaseFor)) {
            LOG.info("step {}: took over the lease of {}, a process of this host that is gone", d.id(), lease.holder());
            return new LeaseManager.Attempt(true, settings.owner(), null);
        }
        return lease;
    }

    private StepReport execute(ChecklistStep step, LocalDate runDate, String runId, Map<String, StepResult> results) {
        StepDescriptor d = step.descriptor();
        JdbcJournal journal = settings.dryRun() ? store.journal().dryRunView() : store.journal().forStep(d.id(), runId);
        DefaultStepContext context = new DefaultStepContext(runDate, settings.clock(), settings.dryRun(), journal,
                progressFor(d), Map.copyOf(results), settings.locale(), runId);
        Duration timeout = timeoutOf(d);
        long start = System.nanoTime();
        try {
            StepResult result = TimedCall.call(step, context, timeout);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (result == null) {
                return report(d, StepResult.of(StepStatus.FAILED, messages.get("step.noResult")), null, took);
            }
            return report(d, result, null, took);
        } catch (TimedCall.StepTimeoutException e) {
            if (!stoppedAfterInterrupt(e.thread())) {
                stragglers.put(d.id(), e.thread());
            }
            String why = messages.get("step.timeout", durations.duration(timeout));
            LOG.warn("Failure in step {} of module {}: {}", d.id(), d.module(), why);
            return report(d, StepResult.of(StepStatus.FAILED, why), new StepError("timeout", why, List.of()),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            String why = messages.get("step.interrupted");
            return report(d, StepResult.of(StepStatus.FAILED, why), new StepError("interrupted", why, List.of()),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception | Error e) {
            StepError error = redacted(StepError.of(e));
            LOG.warn("Failure in step {} of module {}: {}: {}", d.id(), d.module(), error.type(), error.message());
            LOG.debug("stack of the failure in step {}", d.id(), e);
            return report(d, failed(d, e, error.message()), error, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** FAILED; when an interrupted effect must be checked by hand, with a human task that says which. */
    private StepResult failed(StepDescriptor d, Throwable e, String message) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ReconcileRequiredException pending) {
                return StepResult.builder().status(StepStatus.FAILED).summary(message)
                        .humanTask(new HumanTask(messages.get("task.reconcile"), pending.key(),
                                messages.get("task.reconcileWhy"), d.wikiLink()))
                        .build();
            }
        }
        return StepResult.of(StepStatus.FAILED, message);
    }

    /** Gives an interrupted step a moment to wind down; false when its thread is still alive after it. */
    private static boolean stoppedAfterInterrupt(Thread thread) {
        if (thread == null) {
            return true;
        }
        try {
            thread.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private StepError redacted(StepError error) {
        return new StepError(error.type(), settings.redactor().apply(error.message()),
                error.causes().stream().map(settings.redactor()).toList());
    }

    private Duration timeoutOf(StepDescriptor d) {
        return d.timeout() != null ? d.timeout() : settings.defaultTimeout();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private StepReport report(StepDescriptor d, StepResult r, StepError error, Duration took) {
        syncTasks(d, r);
        return new StepReport(d.id(), d.module(), d.title(), d.wikiLink(), d.order(), r.status(),
                settings.redactor().apply(r.summary()),
                r.counts(), r.actions(), r.humanTasks(), r.details(), error, took);
    }
}
