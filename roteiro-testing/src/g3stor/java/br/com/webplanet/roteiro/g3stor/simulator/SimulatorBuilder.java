package br.com.webplanet.roteiro.g3stor.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/** Settings of a simulator; {@link #start()} builds and starts it. */
public final class SimulatorBuilder {
    String token = "simulator-token";
    Clock clock = Clock.systemUTC();
    String basePath = "/api/v1";
    int pageSize = 100;
    long seed = 42;
    int port;
    String idPrefix = "G3";
    Map<String, String> fieldNames = Map.of();

    SimulatorBuilder() {}

    /** The bearer token accepted (default {@code simulator-token}). */
    public SimulatorBuilder token(String value) {
        this.token = Objects.requireNonNull(value, "token is null");
        return this;
    }

    /** Where "now" comes from (creation and change times). */
    public SimulatorBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock is null");
        return this;
    }

    public SimulatorBuilder basePath(String value) {
        Objects.requireNonNull(value, "basePath is null");
        this.basePath = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return this;
    }

    /** Default page size of lists (default 100). */
    public SimulatorBuilder pageSize(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("pageSize must be >= 1, was " + value);
        }
        this.pageSize = value;
        return this;
    }

    /** Seed of the random fault injection (default 42). */
    public SimulatorBuilder seed(long value) {
        this.seed = value;
        return this;
    }

    /** TCP port on 127.0.0.1 (default 0: any free port). */
    public SimulatorBuilder port(int value) {
        this.port = value;
        return this;
    }

    /** Ticket ids are {@code <prefix>-<n>} (default {@code G3}). */
    public SimulatorBuilder idPrefix(String value) {
        this.idPrefix = Objects.requireNonNull(value, "idPrefix is null");
        return this;
    }

    /** Serve an installation with other field names (canonical → installation name). */
    public SimulatorBuilder fieldNames(Map<String, String> value) {
        this.fieldNames = Map.copyOf(value);
        return this;
    }

    public G3storSimulator start() {
        try {
            return G3storSimulator.start(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the G3stor simulator on port " + port, e);
        }
    }
}
