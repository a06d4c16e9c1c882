package br.com.webplanet.roteiro.spi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** What the engine hands a step for one run. */
public interface StepContext {
    /** The day this run is for (today unless the user asked for another date). */
    LocalDate runDate();

    /** The clock to read "now" from; tests fix it. */
    Clock clock();

    /** In dry-run a step plans and reports every effect but makes none; the journal records nothing. */
    boolean dryRun();

    /** Idempotent effects, checkpoints and hand-offs between steps. */
    Journal journal();

    /** For long loops. */
    Progress progress();

    /** The result of a step that already ran in this run, if any. */
    Optional<StepResult> resultOf(String stepId);

    /** The locale for user-facing text (pt-BR unless configured otherwise). */
    default Locale locale() {
        return br.com.webplanet.roteiro.model.Localized.PT_BR;
    }

    /** An id for this run, unique across runs; handy in logs and markers. */
    default String runId() {
        return runDate().toString();
    }
}
