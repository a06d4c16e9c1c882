package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.Service;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts services in binding order (once) and stops the started ones in reverse order, going on
 * past stop failures and keeping them as suppressed exceptions.
 */
final class ServiceLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLifecycle.class);
    private final List<Service> services;
    private final Deque<Service> started = new ArrayDeque<>();
    private boolean startCalled;

    ServiceLifecycle(List<Service> services) {
        this.services = List.copyOf(services);
    }

    /** Starts every service, once; a service that fails to start stops the start (the started ones stay to be stopped). */
    synchronized void start() {
        if (startCalled) {
            return;
        }
        startCalled = true;
        for (Service service : services) {
            try {
                service.start();
                started.push(service);
                LOG.debug("service {} started", service.getClass().getName());
            } catch (Exception e) {
                throw new IllegalStateException("service " + service.getClass().getName() + " did not start: "
                        + e.getMessage(), e);
            }
        }
    }

    /** Stops started services in reverse order; throws one exception holding every stop failure as suppressed. */
    synchronized void stop() {
        IllegalStateException failure = null;
        while (!started.isEmpty()) {
            Service service = started.pop();
            try {
                service.stop();
            } catch (Exception e) {
                LOG.warn("service {} did not stop cleanly: {}", service.getClass().getName(), e.toString());
                if (failure == null) {
                    failure = new IllegalStateException("some services did not stop cleanly");
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
