package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits out GitHub's rate-limit answers — a {@code 429}, or a {@code 403} carrying {@code Retry-After},
 * {@code X-RateLimit-Remaining: 0} or {@code gh-limited-by} (secondary limit) — and retries, at most
 * {@code maxRetries} times and only when the wait asked for is at most {@code maxWait}. Otherwise the answer
 * is handed on and github-api (configured to fail on it) raises it, so the step can stop gracefully.
 * Retrying a refused POST is safe: GitHub did not process it.
 */
final class RateLimitInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitInterceptor.class);
    private static final Duration UNKNOWN_WAIT = Duration.ofSeconds(60);

    private final int maxRetries;
    private final Duration maxWait;

    RateLimitInterceptor(int maxRetries, Duration maxWait) {
        this.maxRetries = maxRetries;
        this.maxWait = requireNonNull(maxWait, "maxWait is null");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        for (int attempt = 1; attempt <= maxRetries && isRateLimited(response); attempt++) {
            Duration wait = waitTime(response);
            if (wait.compareTo(maxWait) > 0) {
                LOG.warn("GitHub asks to wait {} before {} {} (more than github.limits.maxWait {}); giving up",
                        wait, chain.request().method(), chain.request().url().encodedPath(), maxWait);
                return response;
            }
            LOG.info("GitHub rate limit on {} {} (HTTP {}): waiting {} (attempt {}/{})", chain.request().method(),
                    chain.request().url().encodedPath(), response.code(), wait, attempt, maxRetries);
            response.close();
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw (InterruptedIOException) new InterruptedIOException("interrupted while waiting out a rate limit")
                        .initCause(e);
            }
            response = chain.proceed(chain.request());
        }
        return response;
    }

    /** Whether {@code response} is a primary or secondary rate-limit refusal. */
    static boolean isRateLimited(Response response) {
        if (response.code() == 429) {
            return true;
        }
        return response.code() == 403 && (response.header("Retry-After") != null
                || "0".equals(response.header("X-RateLimit-Remaining"))
                || response.header("gh-limited-by") != null);
    }

    /** Retry-After (seconds), else the primary window's reset, else a minute. */
    static Duration waitTime(Response response) {
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException e) {
                return UNKNOWN_WAIT;
            }
        }
        String reset = response.header("X-RateLimit-Reset");
        if (reset != null) {
            try {
                Duration untilReset = Duration.between(Instant.now(), Instant.ofEpochSecond(Long.parseLong(reset.trim())));
                return untilReset.isNegative() ? Duration.ofSeconds(1) : untilReset.plusSeconds(1);
            } catch (NumberFormatException e) {
                return UNKNOWN_WAIT;
            }
        }
        return UNKNOWN_WAIT;
    }
}
