package br.com.webplanet.roteiro.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A span during which the SLA clock stops, typically while the ticket waits on the customer
 * ("aguardando cliente").
 *
 * @param from when the clock stopped
 * @param to   when it started again, or {@code null} while the pause is still open
 */
public record Pause(Instant from, Instant to) {
    public Pause {
        Objects.requireNonNull(from, "from is null");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause must end after it starts: from " + from + ", to " + to);
        }
    }

    /** A pause still open (the customer has not answered yet). */
    public static Pause openSince(Instant from) {
        return new Pause(from, null);
    }

    public boolean isOpen() {
        return to == null;
    }
}
