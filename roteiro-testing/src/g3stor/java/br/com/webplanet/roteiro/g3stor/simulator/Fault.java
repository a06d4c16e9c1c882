package br.com.webplanet.roteiro.g3stor.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the simulator injects into a request.
 *
 * @param kind       what goes wrong
 * @param retryAfter for {@link Kind#RATE_LIMITED}: the {@code Retry-After} seconds sent
 * @param delay      for {@link Kind#SLOW}: how long the response is held back after the work is done
 * @param route      only requests of this route (e.g. {@code "POST /tickets"}), or null for any
 */
public record Fault(Kind kind, int retryAfter, Duration delay, String route) {
    /** What goes wrong. */
    public enum Kind {
        /** 503 before any work is done. */
        SERVER_ERROR,
        /** 429 with {@code Retry-After}, before any work is done. */
        RATE_LIMITED,
        /** The work is done, then the response is held back {@code delay} (a client time-out "mid-call"). */
        SLOW,
        /** The connection is closed with no response, before any work is done. */
        DROP
    }

    public Fault {
        Objects.requireNonNull(kind, "kind is null");
        delay = delay == null ? Duration.ZERO : delay;
    }

    public static Fault serverError() {
        return new Fault(Kind.SERVER_ERROR, 0, null, null);
    }

    public static Fault rateLimited(int retryAfterSeconds) {
        return new Fault(Kind.RATE_LIMITED, retryAfterSeconds, null, null);
    }

    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 0, delay, null);
    }

    public static Fault drop() {
        return new Fault(Kind.DROP, 0, null, null);
    }

    /** The same fault, only for requests of {@code routeName} (e.g. {@code "POST /tickets"}). */
    public Fault on(String routeName) {
        return new Fault(kind, retryAfter, delay, routeName);
    }

    boolean applies(String routeName) {
        return route == null || route.equals(routeName);
    }
}
