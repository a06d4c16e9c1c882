package br.com.webplanet.roteiro.g3stor.client;

import br.com.webplanet.roteiro.config.Redactor;
import br.com.webplanet.roteiro.g3stor.G3storConfig;
import br.com.webplanet.roteiro.g3stor.wire.FieldNames;
import br.com.webplanet.roteiro.g3stor.wire.Json;
import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.RemoteException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the G3stor client: one pooled OkHttp client, bearer auth, JSON in canonical
 * names, and Failsafe retries (exponential back-off with jitter for 5xx, time-outs and I/O;
 * {@code Retry-After} for 429). Each attempt's response is read whole and closed before the
 * next attempt. Messages name the call and never carry the token.
 *
 * <p>The client, not each step, decides when a write certainly did not happen and says so with
 * {@link EffectNotPerformedException} (its cause the {@link RemoteException} with G3stor's answer),
 * so the journal withdraws its intent: a write G3stor refused outright (4xx other than 404, 408, 409,
 * 412 and 429: a validation error, a bad or forbidden request), or one no attempt of which reached
 * G3stor (connection refused, unknown host: the request was never sent). A 409 stays the
 * {@link IllegalStateException} of the ports' contract; a 412 the {@code TicketConflictException}.
 */
public final class G3storHttp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(G3storHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl base;
    private final String token;
    private final Redactor redactor;
    private final FieldNames names;
    private final OkHttpClient client;
    private final FailsafeExecutor<HttpResult> retries;

    public G3storHttp(G3storConfig config) {
        Objects.requireNonNull(config, "config is null");
        HttpUrl parsed = HttpUrl.parse(config.baseUrl());
        if (parsed == null) {
            throw new IllegalArgumentException("g3stor.base-url is not an http(s) URL: '" + config.baseUrl() + "'");
        }
        if (!parsed.isHttps() && !isLoopback(parsed.host()) && !config.allowInsecure()) {
            throw new IllegalArgumentException("g3stor.base-url " + config.baseUrl() + " is plain http: use https, "
                    + "or set g3stor.allow-insecure: true for a test installation");
        }
        this.base = parsed;
        this.token = config.token().reveal();
        this.redactor = Redactor.of(List.of(token));
        this.names = FieldNames.of(config.fieldNames());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(config.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)   // retries are ours (Failsafe), with idempotency keys
                .followRedirects(false)
                .build();
        G3storConfig.RetrySettings r = config.retry();
        RetryPolicy<HttpResult> policy = RetryPolicy.<HttpResult>builder()
                .handle(RetryableFailure.class)
                .withMaxAttempts(r.maxAttempts())
                .withBackoff(r.initialBackoff(), r.maxBackoff())
                .withJitter(r.jitter())
                // Failsafe applies the jitter to this delay too (±jitter): stretch it so even the shortest
                // draw waits the whole Retry-After. Negative: no Retry-After, use the back-off.
                .withDelayFn(ctx -> ctx.getLastException() instanceof RetryableFailure f && f.retryAfter != null
                        ? stretch(min(f.retryAfter, r.maxRetryAfter()), r.jitter()) : Duration.ofMillis(-1))
                .onRetry(e -> {
                    RetryableFailure f = (RetryableFailure) e.getLastException();
                    LOG.warn("G3stor {} failed ({}), attempt {} of {}: retrying", f.operation,
                            f.status == 0 ? f.getMessage() : "HTTP " + f.status, e.getAttemptCount(), r.maxAttempts());
                })
                .build();
        this.retries = Failsafe.with(policy);
    }

    /** A URL under the base: {@code segments} are encoded one by one; {@code query} names are canonical. */
    public HttpUrl url(List<String> segments, Map<String, String> query) {
        HttpUrl.Builder b = base.newBuilder();
        segments.forEach(b::addPathSegment);
        query.forEach((k, v) -> {
            if (v != null) {
                b.addQueryParameter(names.wire(k), v);
            }
        });
        return b.build();
    }

    /** Resolves a {@code next} link of a page (a path with query on the same host). */
    public HttpUrl resolve(String link) {
        HttpUrl u = base.resolve(link);
        if (u == null || !u.host().equals(base.host()) || u.port() != base.port()) {
            throw new RemoteException("GET " + link, 0, false, "next link leaves G3stor: " + link, Map.of(), null);
        }
        return u;
    }

    /**
     * Calls with retries; returns any non-retryable response, throws {@link RemoteException} when retries run out
     * — or {@link EffectNotPerformedException} for a write no attempt of which reached G3stor.
     */
    public HttpResult call(String method, HttpUrl url, JsonNode body, Map<String, String> headers) {
        String operation = method + " " + url.encodedPath();
        boolean[] reached = {false};
        try {
            return retries.get(() -> attempt(operation, method, url, body, headers, reached));
        } catch (RetryableFailure f) {
            RemoteException failure = new RemoteException(operation, f.status, true, redact(f.getMessage()), Map.of(),
                    f.getCause());
            if (!reached[0] && isWrite(method)) {
                throw new EffectNotPerformedException(failure.getMessage(), failure);
            }
            throw failure;
        }
    }

    private HttpResult attempt(String operation, String method, HttpUrl url, JsonNode body, Map<String, String> headers,
                               boolean[] reached) {
        Request.Builder request = new Request.Builder().url(url)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        request.method(method, body == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON))
                : RequestBody.create(Json.bytes(names.toWire(body)), JSON));
        long started = System.nanoTime();
        try (Response response = client.newCall(request.build()).execute()) {
            reached[0] = true;
            byte[] bytes = response.body().bytes();
            int status = response.code();
            LOG.debug("G3stor {} -> {} in {} ms", operation, status, (System.nanoTime() - started) / 1_000_000);
            JsonNode json = isJson(response) && bytes.length > 0 ? names.toCanonical(parse(bytes)) : null;
            HttpResult result = new HttpResult(operation, status, bytes, json);
            if (status == 429 || status >= 500) {
                throw new RetryableFailure(operation, status, redact(result.errorMessage()),
                        status == 429 || status == 503 ? retryAfter(response.header("Retry-After")) : null, null);
            }
            return result;
        } catch (IOException e) {
            // refused or unresolvable: the request never left this machine; anything else may have reached G3stor
            if (!(e instanceof ConnectException || e instanceof UnknownHostException)) {
                reached[0] = true;
            }
            throw new RetryableFailure(operation, 0, redact(e.toString()), null, e);
        }
    }

    /**
     * The JSON body of a 2xx response; a {@link RemoteException} for anything else, wrapped in an
     * {@link EffectNotPerformedException} when it is a write G3stor refused outright.
     */
    JsonNode expectJson(HttpResult r) {
        if (!r.ok() || r.json() == null) {
            throw refusal(r);
        }
        return r.json();
    }

    /**
     * The exception for a response that is not the expected one: {@link EffectNotPerformedException}
     * (cause: the {@link RemoteException}) when a write was refused outright, else the {@link RemoteException}.
     */
    public RuntimeException refusal(HttpResult r) {
        RemoteException failure = failure(r);
        return refusedOutright(r) ? new EffectNotPerformedException(failure.getMessage(), failure) : failure;
    }

    /** A write G3stor refused before doing anything: 4xx but 404, 408 (time-out), 409, 412 (conflicts) and 429. */
    static boolean refusedOutright(HttpResult r) {
        int s = r.status();
        return isWrite(r.operation().substring(0, r.operation().indexOf(' ')))
                && s >= 400 && s < 500 && s != 404 && s != 408 && s != 409 && s != 412 && s != 429;
    }

    private static boolean isWrite(String method) {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    /** A 409 (the write conflicts with G3stor's state), with G3stor's message. */
    IllegalStateException conflict(HttpResult r) {
        return new IllegalStateException(redact(r.errorMessage()));
    }

    /** A {@link RemoteException} for an unexpected response. */
    public RemoteException failure(HttpResult r) {
        boolean retryable = r.status() == 408 || r.status() == 429 || r.status() >= 500;
        return new RemoteException(r.operation(), r.status(), retryable, redact(r.errorMessage()),
                r.fieldErrors(), null);
    }

    private String redact(String text) {
        return redactor.redact(text);
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return Json.parse(bytes);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isJson(Response r) {
        String type = r.header("Content-Type");
        return type == null || type.contains("json");
    }

    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    static Duration stretch(Duration wait, double jitter) {
        return Duration.ofNanos((long) Math.ceil(wait.toNanos() / (1 - Math.min(jitter, 0.9))));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
