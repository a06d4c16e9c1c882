package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.report.StepReport;
import br.com.webplanet.roteiro.spi.Progress;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ProgressListener#LOG}: progress as log lines. */
final class LoggingProgressListener implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingProgressListener.class);

    @Override
    public Progress stepStarted(StepDescriptor step) {
        LOG.info("step {} started: {}", step.id(), step.title().ptBR());
        return new Progress() {
            @Override
            public void total(long items) {
                LOG.debug("step {}: {} items", step.id(), items);
            }

            @Override
            public void advance(long items) {
                // too chatty for log lines; a terminal bar shows it
            }

            @Override
            public void message(String text) {
                LOG.info("step {}: {}", step.id(), text);
            }
        };
    }

    @Override
    public void stepFinished(StepDescriptor step, StepReport report) {
        LOG.info("step {} {} in {} ms: {}", step.id(), report.status(), report.duration().toMillis(), report.summary());
    }
}
