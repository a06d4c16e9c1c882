package br.com.webplanet.roteiro.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * The SLA targets of one priority, all in business time (see {@link BusinessCalendar}).
 *
 * @param firstResponse time to the first answer to the customer
 * @param update        longest time between two updates to the customer
 * @param resolution    time to solve the ticket
 */
public record SlaTargets(Duration firstResponse, Duration update, Duration resolution) {
    public SlaTargets {
        requirePositive(firstResponse, "firstResponse");
        requirePositive(update, "update");
        requirePositive(resolution, "resolution");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name + " is null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
        }
    }
}
