package br.com.webplanet.roteiro.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How runs go, fixed at build time.
 *
 * @param runDate  the day to run for, or null for "today" by {@code clock} at each run
 * @param redactor hides secret values in error messages
 * @param owner    this runner's name in leases
 * @param keepHistory how long reports and hand-off records are kept
 */
record RunSettings(Clock clock, LocalDate runDate, boolean dryRun, Locale locale, Duration defaultTimeout,
                   Duration leaseDuration, ProgressListener progress, UnaryOperator<String> redactor, String owner,
                   Duration keepHistory) {
    RunSettings {
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(locale, "locale is null");
        Objects.requireNonNull(defaultTimeout, "defaultTimeout is null");
        Objects.requireNonNull(leaseDuration, "leaseDuration is null");
        Objects.requireNonNull(progress, "progress is null");
        Objects.requireNonNull(redactor, "redactor is null");
        Objects.requireNonNull(owner, "owner is null");
        Objects.requireNonNull(keepHistory, "keepHistory is null");
    }

    LocalDate dateOfRun() {
        return runDate != null ? runDate : LocalDate.now(clock);
    }
}
