package br.com.webplanet.roteiro.examples.simulate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one clock of a simulation: roteiro's engine, the G3stor simulator and the mails' Date headers
 * all read it, and only the simulation moves it (forward).
 */
final class SimClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    SimClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    /** Moves to {@code to}; never backwards, so every system sees time pass in one direction. */
    void set(Instant to) {
        if (to.isAfter(now)) {
            now = to;
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen from another zone (never a frozen copy). */
    @Override
    public Clock withZone(ZoneId other) {
        SimClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return self.withZone(again);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
