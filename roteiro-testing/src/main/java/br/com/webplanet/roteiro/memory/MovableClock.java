package br.com.webplanet.roteiro.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock a test moves by hand ({@link #set}, {@link #advance}) to walk a scenario across days; thread-safe.
 * {@link #withZone} gives a view that follows this clock, so code that re-zones it still sees it move.
 */
public final class MovableClock extends Clock {
    private final Holder now;
    private final ZoneId zone;

    public MovableClock(Instant now, ZoneId zone) {
        this(new Holder(Objects.requireNonNull(now, "now is null")), zone);
    }

    private MovableClock(Holder now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    /** Moves this clock (and every view of it) to {@code instant}. */
    public void set(Instant instant) {
        now.value = Objects.requireNonNull(instant, "instant is null");
    }

    /** Moves this clock (and every view of it) forward by {@code by}. */
    public void advance(Duration by) {
        synchronized (now) {
            now.value = now.value.plus(by);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.value;
    }

    private static final class Holder {
        private volatile Instant value;

        Holder(Instant value) {
            this.value = value;
        }
    }
}
