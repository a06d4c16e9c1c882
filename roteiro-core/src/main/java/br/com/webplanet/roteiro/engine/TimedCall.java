package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.StepContext;
import br.com.webplanet.roteiro.spi.StepResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.MDC;

/** Runs one step on its own thread, with the MDC of the step, and gives up on it after its timeout. */
final class TimedCall {
    private TimedCall() {}

    /** Thrown when the step did not finish in time; the step's thread has been interrupted but may still run. */
    static final class StepTimeoutException extends Exception {
        private final transient Thread thread;

        StepTimeoutException(Thread thread) {
            super(null, null, false, false);
            this.thread = thread;
        }

        /** The step's thread, alive as long as the step ignores the interrupt. */
        Thread thread() {
            return thread;
        }
    }

    static StepResult call(ChecklistStep step, StepContext context, Duration timeout) throws Exception {
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        Thread[] worker = new Thread[1];
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "roteiro-step-" + step.descriptor().id());
            thread.setDaemon(true);
            worker[0] = thread;
            return thread;
        });
        try {
            Future<StepResult> future = executor.submit(() -> {
                if (mdc != null) {
                    MDC.setContextMap(mdc);
                }
                try {
                    return step.execute(context);
                } finally {
                    MDC.clear();
                }
            });
            try {
                return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new StepTimeoutException(worker[0]);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw e;
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
