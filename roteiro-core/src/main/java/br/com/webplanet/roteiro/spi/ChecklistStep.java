package br.com.webplanet.roteiro.spi;

/**
 * One step of the daily routine. Implementations are bound with {@link StepBinder} in a
 * {@link RoteiroModule} and get their collaborators by constructor injection.
 *
 * <p>A step must be safe to re-run: every side effect goes through {@link StepContext#journal()}
 * with a stable key, and in {@linkplain StepContext#dryRun() dry-run} it only plans and reports.
 * A step should catch failures of single items and report them, so one bad item never stops the
 * rest; an exception escaping {@link #execute} marks the whole step {@link StepStatus#FAILED}.
 */
public interface ChecklistStep {
    /** Identity, title, wiki link, dependencies and place in the routine. */
    StepDescriptor descriptor();

    /** Does the step's work for {@link StepContext#runDate()} and says what happened. */
    StepResult execute(StepContext context) throws Exception;
}
