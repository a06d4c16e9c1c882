package br.com.webplanet.roteiro.g3stor.simulator;

import br.com.webplanet.roteiro.g3stor.wire.FieldNames;
import br.com.webplanet.roteiro.g3stor.wire.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an HTTP exchange into a routed, authenticated, idempotent, fault-injected simulator call. */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private record Stored(String target, SimResponse response) {}

    private final String basePath;
    private final String token;
    private final FieldNames names;
    private final Router router;
    private final FaultInjector faults;
    private final Object lock;
    private final Map<String, Stored> idempotent = new HashMap<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, Runnable> hooks = new ConcurrentHashMap<>();

    Dispatcher(String basePath, String token, FieldNames names, Router router, FaultInjector faults, Object lock) {
        this.basePath = basePath;
        this.token = token;
        this.names = names;
        this.router = router;
        this.faults = faults;
        this.lock = lock;
    }

    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    void beforeNext(String route, Runnable action) {
        hooks.put(route, action);
    }

    void resetCounts() {
        counts.clear();
    }

    void handle(HttpExchange ex) {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            String raw = ex.getRequestURI().getRawPath();
            String path = raw.startsWith(basePath) ? raw.substring(basePath.length()) : null;
            Optional<Router.Match> match = path == null ? Optional.empty() : router.match(method, path);
            String route = match.map(m -> m.route().name()).orElse(method + " (unknown)");
            counts.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
            if (!("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                write(ex, SimResponse.error(401, "unauthorized", "missing or invalid bearer token"));
                return;
            }
            Optional<Fault> fault = faults.next(route);
            if (fault.isPresent()) {
                Fault f = fault.get();
                switch (f.kind()) {
                    case SERVER_ERROR -> {
                        write(ex, SimResponse.error(503, "unavailable", "injected failure"));
                        return;
                    }
                    case RATE_LIMITED -> {
                        write(ex, SimResponse.error(429, "rate_limited", "slow down")
                                .withHeader("Retry-After", Integer.toString(f.retryAfter())));
                        return;
                    }
                    case DROP -> {
                        return;     // closing the exchange before any header closes the connection
                    }
                    case SLOW -> { }
                }
            }
            SimResponse response = match.isEmpty()
                    ? SimResponse.error(path != null && router.pathExists(path) ? 405 : 404, "not_found",
                            "no such resource: " + method + " " + raw)
                    : call(method, path, match.get(), ex, body);
            if (fault.isPresent() && fault.get().kind() == Fault.Kind.SLOW) {
                Thread.sleep(fault.get().delay().toMillis());
            }
            write(ex, response);
        } catch (IOException e) {
            LOG.debug("simulator: client went away: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("simulator: request failed", e);
        }
    }

    private SimResponse call(String method, String path, Router.Match match, HttpExchange ex, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        String key = headers.get("idempotency-key");
        boolean write = !method.equals("GET");
        synchronized (lock) {
            if (write && key == null && match.route().requiresKey()) {
                return SimResponse.error(422, "validation", "Idempotency-Key header is required",
                        Map.of("Idempotency-Key", "is required"), null);
            }
            String target = method + " " + path;
            if (write && key != null) {
                Stored stored = idempotent.get(key);
                if (stored != null) {
                    return stored.target().equals(target) ? stored.response()
                            : SimResponse.error(422, "idempotency_key_reused", "Idempotency-Key " + key
                                    + " was used for " + stored.target());
                }
            }
            Runnable hook = hooks.remove(match.route().name());
            if (hook != null) {
                hook.run();
            }
            SimResponse response = dispatch(match, path, ex, headers, body);
            if (write && key != null && response.status() < 500 && response.status() != 429) {
                idempotent.put(key, new Stored(target, response));
            }
            return response;
        }
    }

    private SimResponse dispatch(Router.Match match, String path, HttpExchange ex, Map<String, String> headers,
                                 byte[] body) {
        try {
            JsonNode json = body.length == 0 ? Json.object() : names.toCanonical(Json.parse(body));
            SimRequest request = new SimRequest(ex.getRequestMethod(), path, query(ex.getRequestURI().getRawQuery()),
                    json, headers, List.copyOf(match.params()));
            return match.route().handler().handle(request);
        } catch (NotFound e) {
            return SimResponse.error(404, "not_found", e.getMessage());
        } catch (BadRequest e) {
            return SimResponse.error(400, "bad_request", e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            return SimResponse.error(422, "validation", String.valueOf(e.getMessage()),
                    Map.of("body", String.valueOf(e.getMessage())), null);
        } catch (RuntimeException e) {
            LOG.warn("simulator: {} {} failed", ex.getRequestMethod(), path, e);
            return SimResponse.error(500, "internal", e.toString());
        }
    }

    private Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(names.canonical(k), v);
        }
        return out;
    }

    private void write(HttpExchange ex, SimResponse r) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] bytes = r.json() != null ? Json.bytes(names.toWire(r.json())) : r.raw();
        if (r.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", r.contentType());
        }
        if (bytes == null || r.status() == 204) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        ex.sendResponseHeaders(r.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
