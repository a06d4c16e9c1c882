package br.com.webplanet.roteiro.spi;

/**
 * Something with a lifecycle (a connection pool, an IMAP store, a simulator). Bound with
 * {@link StepBinder#addService}; the engine starts services before the first step, in binding
 * order, and stops them in reverse order, keeping stop failures as suppressed exceptions.
 */
public interface Service {
    void start() throws Exception;

    void stop() throws Exception;
}
