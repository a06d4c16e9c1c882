package br.com.webplanet.roteiro.examples.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code /health}: liveness (the process answers) and readiness (IMAP, SMTP, G3stor and the
 * journal reachable, the last successful intake recent enough) as JSON. Each check is a TCP connect
 * or a journal query with a short time-out; the result is cached for a few seconds so a busy scraper
 * costs the servers nothing.
 */
public final class Health {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHE = Duration.ofSeconds(3);

    private final List<Check> checks;
    private final Supplier<Optional<Duration>> lastIntakeAge;
    private final Supplier<Optional<Duration>> intakeSilence;
    private final Duration intakeStalledAfter;
    private final Clock clock;
    private volatile Snapshot cached;

    /** One dependency: its name and how to tell it is reachable. */
    public record Check(String name, String target, BooleanSupplier probe) {}

    /** The answer. */
    public record Snapshot(boolean ready, Map<String, Map<String, Object>> checks, Optional<Duration> lastIntakeAge,
                           Instant at) {
        /** The JSON body. */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", ready ? "UP" : "DOWN");
            json.put("live", true);
            json.put("ready", ready);
            json.put("checks", checks);
            json.put("lastIntakeAgeSeconds", lastIntakeAge.map(Duration::toSeconds).orElse(null));
            json.put("checkedAt", at.toString());
            return json;
        }

        /** Names of the checks that failed. */
        public List<String> down() {
            return checks.entrySet().stream().filter(e -> Boolean.FALSE.equals(e.getValue().get("up")))
                    .map(Map.Entry::getKey).toList();
        }
    }

    /**
     * @param lastIntakeAge      time since the last successful intake (shown)
     * @param intakeSilence      time intake has been silent when it should not be (business hours, canary on);
     *                           over {@code intakeStalledAfter} it makes the answer not ready
     */
    public Health(List<Check> checks, Supplier<Optional<Duration>> lastIntakeAge,
                  Supplier<Optional<Duration>> intakeSilence, Duration intakeStalledAfter, Clock clock) {
        this.checks = List.copyOf(checks);
        this.lastIntakeAge = Objects.requireNonNull(lastIntakeAge, "lastIntakeAge is null");
        this.intakeSilence = Objects.requireNonNull(intakeSilence, "intakeSilence is null");
        this.intakeStalledAfter = Objects.requireNonNull(intakeStalledAfter, "intakeStalledAfter is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** A check that opens (and closes) a TCP connection to {@code host:port}. */
    public static Check tcp(String name, String host, int port) {
        return new Check(name, host + ":" + port, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** A TCP check on an http(s) URL's host and port. */
    public static Check url(String name, URI url) {
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return tcp(name, url.getHost(), port);
    }

    /** The current state (probed at most every few seconds). */
    public Snapshot check() {
        Snapshot last = cached;
        Instant now = clock.instant();
        if (last != null && Duration.between(last.at(), now).compareTo(CACHE) < 0 && !now.isBefore(last.at())) {
            return last;
        }
        Snapshot fresh = probe(now);
        cached = fresh;
        return fresh;
    }

    /** Probes now, ignoring the cache. */
    public Snapshot probe(Instant now) {
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Check c : checks) {
            boolean up;
            try {
                up = c.probe().getAsBoolean();
            } catch (RuntimeException e) {
                up = false;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("up", up);
            r.put("target", c.target());
            results.put(c.name(), r);
            ready &= up;
        }
        Optional<Duration> age = lastIntakeAge.get();
        Optional<Duration> silence = intakeSilence.get();
        if (silence.isPresent() && silence.get().compareTo(intakeStalledAfter) > 0) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("up", false);
            r.put("target", "last intake older than " + intakeStalledAfter.toMinutes() + " min");
            results.put("intake", r);
            ready = false;
        }
        return new Snapshot(ready, results, age, now);
    }

    /** Names of the configured checks. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        checks.forEach(c -> names.add(c.name()));
        return names;
    }
}
