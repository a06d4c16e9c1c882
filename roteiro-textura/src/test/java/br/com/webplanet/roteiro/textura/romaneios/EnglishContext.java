package br.com.webplanet.roteiro.textura.romaneios;

import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** A step context that asks for English text. */
final class EnglishContext implements StepContext {
    private final StepContext delegate;

    EnglishContext(StepContext delegate) {
        this.delegate = delegate;
    }

    @Override
    public LocalDate runDate() {
        return delegate.runDate();
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public boolean dryRun() {
        return delegate.dryRun();
    }

    @Override
    public Journal journal() {
        return delegate.journal();
    }

    @Override
    public Progress progress() {
        return delegate.progress();
    }

    @Override
    public Optional<StepResult> resultOf(String stepId) {
        return delegate.resultOf(stepId);
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }
}
