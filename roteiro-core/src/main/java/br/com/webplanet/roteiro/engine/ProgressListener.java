package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepDescriptor;

/**
 * Watches a run step by step: the launcher plugs a terminal progress bar here
 * ({@link RoteiroBuilder#progress}). The default logs each step's start, messages and end.
 */
public interface ProgressListener {
    /**
     * A step is about to run (not called for a step that is skipped); returns the {@link Progress}
     * the step reports its loop to. Called on the runner's thread; the step may call the progress
     * from its own thread.
     */
    Progress stepStarted(StepDescriptor step);

    /** A step ended: ran, failed, or was skipped (then without {@link #stepStarted}). */
    default void stepFinished(StepDescriptor step, StepReport report) {}

    /** Shows nothing. */
    ProgressListener NONE = step -> Progress.NONE;

    /** Log lines: a step's start and end at INFO, its {@link Progress#message} at INFO. */
    ProgressListener LOG = new LoggingProgressListener();
}
