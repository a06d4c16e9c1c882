package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link StepContext} for running one step by hand (tests, embedding experiments). */
public final class FixedStepContext implements StepContext {
    private final LocalDate runDate;
    private final Clock clock;
    private final boolean dryRun;
    private final Journal journal;
    private final Map<String, StepResult> results = new HashMap<>();
    private Locale locale = br.com.webplanet.roteiro.model.Localized.PT_BR;

    public FixedStepContext(LocalDate runDate, Clock clock, boolean dryRun, Journal journal) {
        this.runDate = Objects.requireNonNull(runDate, "runDate is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.dryRun = dryRun;
        this.journal = Objects.requireNonNull(journal, "journal is null");
    }

    /** A context for {@code clock}'s date (in the clock's zone), not dry-run, on {@code journal}. */
    public static FixedStepContext of(Clock clock, Journal journal) {
        return new FixedStepContext(LocalDate.now(clock), clock, false, journal);
    }

    public FixedStepContext withResult(String stepId, StepResult result) {
        results.put(stepId, result);
        return this;
    }

    /** The same context asking for user-facing text in {@code value} (pt-BR unless set). */
    public FixedStepContext withLocale(Locale value) {
        locale = Objects.requireNonNull(value, "locale is null");
        return this;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public LocalDate runDate() {
        return runDate;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public Progress progress() {
        return Progress.NONE;
    }

    @Override
    public Optional<StepResult> resultOf(String stepId) {
        return Optional.ofNullable(results.get(stepId));
    }
}
