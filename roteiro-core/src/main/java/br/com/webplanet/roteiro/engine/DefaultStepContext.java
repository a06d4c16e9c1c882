package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@link StepContext} the runner gives one step of one run. */
record DefaultStepContext(LocalDate runDate, Clock clock, boolean dryRun, Journal journal, Progress progress,
                          Map<String, StepResult> earlier, Locale locale, String runId) implements StepContext {
    @Override
    public Optional<StepResult> resultOf(String stepId) {
        return Optional.ofNullable(earlier.get(stepId));
    }
}
