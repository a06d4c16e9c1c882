package br.com.webplanet.roteiro.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets to any instant (a day of a scenario); thread-safe. */
public final class MovableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.now = instant;
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
        return now;
    }
}
