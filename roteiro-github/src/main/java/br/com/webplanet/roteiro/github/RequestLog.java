package br.com.webplanet.roteiro.github;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the HTTP requests that really reach GitHub (an OkHttp network interceptor: cache hits are not
 * counted, retries are), by {@code METHOD path} with issue numbers folded into {@code {n}}, and remembers
 * the last {@code X-RateLimit-Remaining} GitHub sent. Never records headers or bodies (the token stays out).
 */
public final class RequestLog implements Interceptor {
    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");

    private final Map<String, Long> byEndpoint = new LinkedHashMap<>();
    private final Map<Integer, Long> byStatus = new LinkedHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private volatile long rateLimitRemaining = -1;

    @Override
    public Response intercept(Chain chain) throws IOException {
        String endpoint = chain.request().method() + " " + NUMBER.matcher(chain.request().url().encodedPath())
                .replaceAll("/{n}");
        total.incrementAndGet();
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            count(endpoint, 0);
            throw e;
        }
        count(endpoint, response.code());
        String remaining = response.header("X-RateLimit-Remaining");
        if (remaining != null) {
            try {
                rateLimitRemaining = Long.parseLong(remaining.trim());
            } catch (NumberFormatException ignored) {
                // a malformed header tells us nothing; keep the last value
            }
        }
        return response;
    }

    private synchronized void count(String endpoint, int status) {
        byEndpoint.merge(endpoint, 1L, Long::sum);
        byStatus.merge(status, 1L, Long::sum);
    }

    /** Requests sent since the last {@link #reset()}. */
    public long total() {
        return total.get();
    }

    /** The last {@code X-RateLimit-Remaining} seen, or -1 when GitHub sent none. */
    public long rateLimitRemaining() {
        return rateLimitRemaining;
    }

    /** Requests by {@code METHOD path}, in first-seen order. */
    public synchronized Map<String, Long> byEndpoint() {
        return Map.copyOf(new LinkedHashMap<>(byEndpoint));
    }

    /** Requests by HTTP status (0: no answer). */
    public synchronized Map<Integer, Long> byStatus() {
        return Map.copyOf(byStatus);
    }

    /** Forgets everything (start of a run). */
    public synchronized void reset() {
        byEndpoint.clear();
        byStatus.clear();
        total.set(0);
        rateLimitRemaining = -1;
    }
}
