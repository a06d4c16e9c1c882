package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.engine.journal.PendingEffects;
import br.com.webplanet.roteiro.report.DailyReport;
import br.com.webplanet.roteiro.sla.BusinessCalendar;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The daily routine, wired and ready to run:
 * <pre>{@code
 * try (Roteiro roteiro = Roteiro.builder().withModules(new MailModule()).config(Path.of("roteiro.yaml")).build()) {
 *     DailyReport report = roteiro.run();
 * }
 * }</pre>
 * Built by {@link RoteiroBuilder}, which fails with one {@link RoteiroStartException} (or
 * {@code ConfigurationException}) naming every problem. Services start before the first step
 * runs and stop, in reverse order, on {@link #close()}.
 */
public final class Roteiro implements AutoCloseable {
    private final Injector injector;
    private final List<ChecklistStep> plan;
    private final Set<String> selection;
    private final JournalStore store;
    private final StepRunner runner;
    private final ServiceLifecycle services;
    private final Tasks tasks;
    private final ModuleActivation activation;

    Roteiro(Injector injector, List<ChecklistStep> plan, Set<String> selection, JournalStore store,
            RunSettings settings, ServiceLifecycle services, ModuleActivation activation) {
        this.activation = activation;
        this.injector = injector;
        this.plan = List.copyOf(plan);
        this.selection = Set.copyOf(selection);
        this.store = store;
        // inspectOnly(): no journal, so no tasks and nothing to run (every use goes through requireJournal)
        this.tasks = store == null ? null : new Tasks(store.tasks(), settings.clock(), settings.dryRun(),
                calendar(injector, settings), store.journal());
        this.runner = store == null ? null : new StepRunner(store, settings, tasks);
        this.services = services;
    }

    /** A module's bound {@link BusinessCalendar}, else Brazil's national holidays in the clock's zone. */
    private static BusinessCalendar calendar(Injector injector, RunSettings settings) {
        Binding<BusinessCalendar> bound = injector.getExistingBinding(Key.get(BusinessCalendar.class));
        return bound != null ? bound.getProvider().get()
                : BusinessCalendar.builder(settings.clock().getZone()).build();
    }

    /** Starts building a routine. */
    public static RoteiroBuilder builder() {
        return new RoteiroBuilder();
    }

    /** Every step the modules bind, in run order. */
    public List<StepDescriptor> steps() {
        return plan.stream().map(ChecklistStep::descriptor).toList();
    }

    /**
     * Every step of every installed module in run order, each marked active or not (its module is not
     * configured); the steps of inactive modules are described as their classes declare them.
     */
    public List<StepListing> listing() {
        List<StepDescriptor> all = new java.util.ArrayList<>(steps());
        all.addAll(activation.inactiveSteps().values());
        java.util.Map<String, String> moduleOf = new java.util.HashMap<>(activation.stepModule());
        return StepPlanner.order(all).stream().map(d -> moduleOf.containsKey(d.id())
                ? new StepListing(d, moduleOf.get(d.id()), false) : new StepListing(d, d.module(), true)).toList();
    }

    /** Every installed module (given or discovered) and whether it runs, by name. */
    public List<ModuleStatus> modules() {
        return List.copyOf(activation.statuses().values());
    }

    /** Runs the steps selected with {@code only}/{@code skip} (all by default) and returns the report. */
    public DailyReport run() {
        return runSelected(selection);
    }

    /**
     * Runs only the steps {@code ids}, in run order (their unselected dependencies are not run);
     * e.g. watch mode runs {@code mail.triage} alone.
     *
     * @throws IllegalArgumentException naming the known ids, when an id is unknown
     */
    public DailyReport runSteps(Set<String> ids) {
        Objects.requireNonNull(ids, "ids is null");
        List<String> unknown = Selection.unknown(ids, plan);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(Selection.unknownMessage(unknown, plan));
        }
        return runSelected(ids);
    }

    private synchronized DailyReport runSelected(Set<String> ids) {
        requireJournal();
        start();
        return runner.run(plan.stream().filter(s -> ids.contains(s.descriptor().id())).toList());
    }

    /** Starts the services (once); {@link #run()} does it itself, call it to use a service before a run. */
    public void start() {
        services.start();
    }

    /**
     * Effects that earlier runs left pending (intent, no result): a person checks the remote and
     * {@linkplain PendingEffects#withdraw withdraws} (it did not happen) or
     * {@linkplain PendingEffects#resolve resolves} (it did) each.
     */
    public PendingEffects pendingEffects() {
        requireJournal();
        return store.pending();
    }

    /**
     * The journal, for maintenance outside a run (e.g. {@code roteiro mail replay} withdrawing a mail's
     * decision). Steps get it from their {@code StepContext}, never from here.
     */
    public br.com.webplanet.roteiro.spi.Journal journal() {
        requireJournal();
        return store.journal();
    }

    /** Reports of past runs and whole days. */
    public RunHistory history() {
        requireJournal();
        return new RunHistory(store.runs(), tasks);
    }

    /**
     * The tasks for people: list, mark done, discard, assign (see {@link Tasks}). Steps raise them
     * ({@code HumanTask}); they stay open until a person closes them or their step finds the cause
     * gone. In a dry-run routine nothing changes.
     */
    public Tasks tasks() {
        requireJournal();
        return tasks;
    }

    /**
     * The journal for effects made outside a step by the host application (e.g. {@code watch}'s alerts,
     * changes made on the web page): each effect it records is tagged with {@code owner}.
     */
    public br.com.webplanet.roteiro.spi.Journal journal(String owner) {
        Objects.requireNonNull(owner, "owner is null");
        requireJournal();
        return store.journal().forStep(owner, owner);
    }

    /**
     * An object a module bound explicitly (e.g. the mail module's {@code MailboxWatcher}), without
     * exposing the injector; empty when nothing binds {@code type}.
     */
    public <T> Optional<T> lookup(Class<T> type) {
        Objects.requireNonNull(type, "type is null");
        Binding<T> binding = injector.getExistingBinding(Key.get(type));
        return binding == null ? Optional.empty() : Optional.ofNullable(binding.getProvider().get());
    }

    /** Stops the services in reverse order (failures kept as suppressed exceptions) and closes the journal. */
    @Override
    public void close() {
        try {
            services.stop();
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    /** Built with {@code inspectOnly()}: steps and configuration can be looked at, nothing can run. */
    private void requireJournal() {
        if (store == null) {
            throw new IllegalStateException("this routine was built with inspectOnly(): it has no journal and cannot run");
        }
    }
}
