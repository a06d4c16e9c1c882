package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.engine.journal.JournalException;
import br.com.webplanet.roteiro.engine.journal.JournalStore;
import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import br.com.webplanet.roteiro.spi.Service;
import com.google.inject.Binder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds a {@link Roteiro}. Everything is optional except the modules: give them with
 * {@link #withModules} (preferred when embedding and in tests; a module given is always active) or
 * find them with {@link #discoverModules()} (a module found is active when the configuration has its
 * section, lists it in {@code roteiro.modules}, or it has no settings). {@link #build()} checks the configuration, wires the modules,
 * orders the steps and opens the journal, failing with one message that names every problem.
 */
public final class RoteiroBuilder {
    private final List<RoteiroModule> modules = new ArrayList<>();
    private final List<Consumer<Binder>> bindings = new ArrayList<>();
    private ClassLoader discoverFrom;
    private boolean discover;
    private boolean inspectOnly;
    private final RoteiroSetup setup = new RoteiroSetup();

    RoteiroBuilder() {}

    /** Adds modules explicitly. */
    public RoteiroBuilder withModules(RoteiroModule... more) {
        return withModules(List.of(more));
    }

    /** Adds modules explicitly. */
    public RoteiroBuilder withModules(Iterable<? extends RoteiroModule> more) {
        more.forEach(m -> modules.add(Objects.requireNonNull(m, "module is null")));
        return this;
    }

    /**
     * Also adds every module listed in {@code META-INF/services/br.com.webplanet.roteiro.spi.RoteiroModule}
     * on the thread's context class path; {@link #build()} fails when it finds none and no module was given.
     * A module whose class, or name, a module given to {@link #withModules} has is left out (the given one
     * wins: e.g. a given {@code G3storModule} stands for the discovered G3stor client and steps modules).
     */
    public RoteiroBuilder discoverModules() {
        return discoverModules(Thread.currentThread().getContextClassLoader());
    }

    /** As {@link #discoverModules()}, looking in {@code loader} (e.g. a plugins directory's class loader). */
    public RoteiroBuilder discoverModules(ClassLoader loader) {
        this.discover = true;
        this.discoverFrom = loader;
        return this;
    }

    /** Reads the configuration from a YAML file ({@code ${ENV:NAME}} resolved from the environment). */
    public RoteiroBuilder config(Path file) {
        setup.configFile = Objects.requireNonNull(file, "file is null");
        setup.configTree = null;
        return this;
    }

    /** Takes the configuration as a tree (as YAML would give it: maps, lists, strings, numbers). */
    public RoteiroBuilder config(Map<String, Object> tree) {
        setup.configTree = Map.copyOf(Objects.requireNonNull(tree, "tree is null"));
        setup.configFile = null;
        return this;
    }

    /** The variables {@code ${ENV:NAME}} reads (default: the process environment). */
    public RoteiroBuilder environment(Map<String, String> env) {
        setup.env = Map.copyOf(Objects.requireNonNull(env, "env is null"));
        return this;
    }

    /** The journal's JDBC URL; wins over {@code roteiro.journal-url}. Default: an H2 file under {@code ~/.roteiro}. */
    public RoteiroBuilder journalUrl(String url) {
        setup.journalUrl = Objects.requireNonNull(url, "url is null");
        return this;
    }

    /** The journal database user (PostgreSQL); wins over {@code roteiro.journal-user}. */
    public RoteiroBuilder journalUser(String user) {
        setup.journalUser = Objects.requireNonNull(user, "user is null");
        return this;
    }

    /** The journal database password (never printed); wins over {@code roteiro.journal-password}. */
    public RoteiroBuilder journalPassword(Secret password) {
        setup.journalPassword = Objects.requireNonNull(password, "password is null");
        return this;
    }

    /** As {@link #journalPassword(Secret)}. */
    public RoteiroBuilder journalPassword(String password) {
        return journalPassword(Secret.of(Objects.requireNonNull(password, "password is null")));
    }

    /** The clock steps read "now" from (bound in Guice too); default: the system clock in its zone. */
    public RoteiroBuilder clock(Clock clock) {
        setup.clock = Objects.requireNonNull(clock, "clock is null");
        return this;
    }

    /** Runs for this day instead of today (by the clock, at each run). */
    public RoteiroBuilder runDate(LocalDate date) {
        setup.runDate = Objects.requireNonNull(date, "date is null");
        return this;
    }

    /** Steps plan and report but make no effect; the journal records nothing. */
    public RoteiroBuilder dryRun(boolean dryRun) {
        setup.dryRun = dryRun;
        return this;
    }

    /** Runs only these steps (their unselected dependencies are not run). */
    public RoteiroBuilder only(Set<String> ids) {
        setup.only = Set.copyOf(ids);
        return this;
    }

    /** Does not run these steps. */
    public RoteiroBuilder skip(Set<String> ids) {
        setup.skip = Set.copyOf(ids);
        return this;
    }

    /** Extra Guice bindings (tests, embedding), e.g. {@code b -> b.bind(TicketSystem.class).toInstance(ts)}. */
    public RoteiroBuilder bind(Consumer<Binder> binding) {
        bindings.add(Objects.requireNonNull(binding, "binding is null"));
        return this;
    }

    /**
     * For looking only (listing steps, checking the configuration): {@link #build()} opens no journal, so
     * it is cheaper; the routine it builds refuses to run ({@link Roteiro#run()} throws).
     */
    public RoteiroBuilder inspectOnly() {
        this.inspectOnly = true;
        return this;
    }

    /** Time limit of a step whose descriptor sets none; wins over {@code roteiro.step-timeout}. */
    public RoteiroBuilder stepTimeout(Duration timeout) {
        setup.stepTimeout = requirePositive(timeout, "step timeout");
        return this;
    }

    /** Minimum lease a runner takes on a step; wins over {@code roteiro.lease-duration}. */
    public RoteiroBuilder leaseDuration(Duration duration) {
        setup.leaseDuration = requirePositive(duration, "lease duration");
        return this;
    }

    /** Language of the engine's report texts and {@code StepContext.locale()}; wins over {@code roteiro.locale}. */
    public RoteiroBuilder locale(Locale locale) {
        setup.locale = Objects.requireNonNull(locale, "locale is null");
        return this;
    }

    /** Who watches steps start and end (the launcher's progress bar); default {@link ProgressListener#LOG}. */
    public RoteiroBuilder progress(ProgressListener listener) {
        setup.progress = Objects.requireNonNull(listener, "listener is null");
        return this;
    }

    /**
     * Checks the configuration, wires the modules, orders the steps and opens the journal.
     *
     * @throws RoteiroStartException naming every problem with modules, steps, selection or journal
     * @throws br.com.webplanet.roteiro.config.ConfigurationException naming every configuration mistake
     *         (checked before any module is wired)
     */
    public Roteiro build() {
        List<RoteiroModule> found = new ArrayList<>();
        if (discover) {
            Set<Class<?>> given = new java.util.HashSet<>();
            Set<String> givenNames = new java.util.HashSet<>();
            modules.forEach(m -> {
                given.add(m.getClass());
                givenNames.add(m.name());
            });
            ModuleDiscovery.discover(discoverFrom, modules.isEmpty()).stream()     // given explicitly wins,
                    .filter(m -> !given.contains(m.getClass()) && !givenNames.contains(m.name()))   // by class or name
                    .forEach(found::add);
        }
        if (modules.isEmpty() && found.isEmpty()) {
            throw RoteiroStartException.of("no modules", List.of(
                    "give modules with withModules(...) or find them with discoverModules()"));
        }
        var configuration = ConfigHookup.read(setup);
        ModuleActivation activation = ModuleActivation.decide(modules, found, configuration);
        List<RoteiroModule> all = activation.active();
        RoteiroSetup.Resolved resolved = setup.resolve(configuration, all, bindings, activation.problems());
        Wiring wiring = Wiring.create(all, bindings, resolved);
        List<ChecklistStep> plan = StepPlanner.plan(wiring.steps(), activation);
        Set<String> selection = Selection.select(plan, setup.only, setup.skip, activation);
        JournalStore store = null;
        if (!inspectOnly) {
            try {
                store = JournalStore.open(resolved.journalUrl(), resolved.journalUser(), resolved.journalPassword())
                        .redactWith(resolved.redactor());
            } catch (JournalException | IllegalArgumentException e) {
                String why = String.valueOf(e.getMessage());
                if (why.contains("already in use")) {
                    why += "\n    another roteiro is using this H2 journal file; wait for it to finish, or share a"
                            + " PostgreSQL journal (roteiro.journal-url) between runners";
                }
                throw new RoteiroStartException("roteiro cannot start: the journal cannot be opened\n  - " + why,
                        List.of(why), e);
            }
        }
        RunSettings settings = new RunSettings(resolved.clock(), setup.runDate, setup.dryRun, resolved.locale(),
                resolved.stepTimeout(), resolved.leaseDuration(), setup.progress, resolved.redactor(), LeaseOwner.newOwner(),
                resolved.keepHistory());
        List<Service> services = wiring.services();
        return new Roteiro(wiring.injector(), plan, selection, store, settings, new ServiceLifecycle(services), activation);
    }

    private static Duration requirePositive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
        return value;
    }

}
