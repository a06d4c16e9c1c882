package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Secret;
import br.com.webplanet.roteiro.config.Validated;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the {@code g3stor} section of {@code roteiro.yaml}: how to reach G3stor and the
 * rules of steps 2, 4 and 6.
 *
 * @param baseUrl        G3stor's API root including the base path, e.g. {@code https://g3stor.webplanet.com.br/api/v1}
 * @param token          API token (bearer); never logged
 * @param connectTimeout time to open a connection
 * @param readTimeout    time to wait for a response once connected
 * @param callTimeout    ceiling for one attempt of a call, end to end
 * @param pageSize       items asked per page of a list
 * @param retry          retries of failed calls (5xx, 429, time-outs)
 * @param fieldNames     JSON field / query parameter names of this installation that differ from
 *                       {@code docs/g3stor-api.md} (canonical name → installation name)
 * @param allowInsecure  accept a plain {@code http://} URL that is not loopback (never in production)
 * @param calendar       business calendar for business days and SLA time
 * @param review         rules of step 2 ({@code g3stor.review-yesterday})
 * @param status         rules of step 4 ({@code g3stor.update-status})
 * @param waiting        rules of step 6 ({@code g3stor.waiting-customers})
 */
public record G3storConfig(
        String baseUrl,
        Secret token,
        @Default("5s") Duration connectTimeout,
        @Default("30s") Duration readTimeout,
        @Default("60s") Duration callTimeout,
        @Default("100") int pageSize,
        RetrySettings retry,
        Map<String, String> fieldNames,
        @Default("false") boolean allowInsecure,
        CalendarSettings calendar,
        ReviewRules review,
        StatusRules status,
        WaitingRules waiting) implements Validated.Bilingual {

    public G3storConfig {
        Objects.requireNonNull(baseUrl, "baseUrl is null");
        Objects.requireNonNull(token, "token is null");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(60) : callTimeout;
        pageSize = pageSize <= 0 ? 100 : pageSize;
        retry = retry == null ? RetrySettings.defaults() : retry;
        fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
        calendar = calendar == null ? CalendarSettings.defaults() : calendar;
        review = review == null ? ReviewRules.defaults() : review;
        status = status == null ? StatusRules.defaults() : status;
        waiting = waiting == null ? WaitingRules.defaults() : waiting;
    }

    /** Defaults everywhere but the URL and token (tests, the demo). */
    public static G3storConfig of(String baseUrl, Secret token) {
        return new G3storConfig(baseUrl, token, null, null, null, 0, null, null, false, null, null, null, null);
    }

    /** The steps' rules of this section ({@link G3storStepsModule} binds them alone). */
    public G3storRules rules() {
        return new G3storRules(calendar, review, status, waiting);
    }

    public G3storConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new G3storConfig(baseUrl, token, connect, read, call, pageSize, retry, fieldNames, allowInsecure,
                calendar, review, status, waiting);
    }

    public G3storConfig withRetry(RetrySettings value) {
        return new G3storConfig(baseUrl, token, connectTimeout, readTimeout, callTimeout, pageSize, value, fieldNames,
                allowInsecure, calendar, review, status, waiting);
    }

    public G3storConfig withPageSize(int value) {
        return new G3storConfig(baseUrl, token, connectTimeout, readTimeout, callTimeout, value, retry, fieldNames,
                allowInsecure, calendar, review, status, waiting);
    }

    public G3storConfig withFieldNames(Map<String, String> value) {
        return new G3storConfig(baseUrl, token, connectTimeout, readTimeout, callTimeout, pageSize, retry, value,
                allowInsecure, calendar, review, status, waiting);
    }

    public G3storConfig withAllowInsecure(boolean value) {
        return new G3storConfig(baseUrl, token, connectTimeout, readTimeout, callTimeout, pageSize, retry, fieldNames,
                value, calendar, review, status, waiting);
    }

    public G3storConfig withRules(CalendarSettings cal, ReviewRules rev, StatusRules st, WaitingRules wait) {
        return new G3storConfig(baseUrl, token, connectTimeout, readTimeout, callTimeout, pageSize, retry, fieldNames,
                allowInsecure, cal, rev, st, wait);
    }

    /** The problems in pt-BR, or English for an English locale. */
    @Override
    public List<String> problems(Locale locale) {
        boolean en = Validated.inEnglish(locale);
        List<String> problems = new ArrayList<>();
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            problems.add(en ? "g3stor.base-url must start with https:// (was '" + baseUrl + "')"
                    : "g3stor.base-url deve começar com https:// (está '" + baseUrl + "')");
        } else if (baseUrl.startsWith("http://") && !allowInsecure && !isLoopback(baseUrl)) {
            problems.add(en ? "g3stor.base-url is plain http (" + baseUrl + "): the token would travel in clear; use"
                    + " https://, or set g3stor.allow-insecure: true for a test installation"
                    : "g3stor.base-url é http sem TLS (" + baseUrl + "): o token viajaria aberto; use https://, ou"
                    + " defina g3stor.allow-insecure: true numa instalação de teste");
        }
        if (token.isEmpty()) {
            problems.add(en ? "g3stor.token is empty: set it, e.g. token: ${G3STOR_TOKEN}"
                    : "g3stor.token está vazio: defina-o, por exemplo token: ${G3STOR_TOKEN}");
        }
        problems.addAll(retry.problems(en));
        return problems;
    }

    /** A duration as the file writes it: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}. */
    static String yaml(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        return s != 0 && s % 3600 == 0 ? s / 3600 + "h" : s != 0 && s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** Whether the URL's host is this machine (localhost, 127.x, ::1), where plain http is fine for tests. */
    static boolean isLoopback(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        String host = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end);
        host = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']'))) : host.replaceAll(":\\d*$", "");
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    /**
     * Retries of a failed call: exponential back-off with jitter for 5xx, time-outs and I/O errors;
     * a 429 waits its {@code Retry-After} (at most {@code maxRetryAfter}).
     *
     * @param maxAttempts    attempts per call, the first included (1 = no retry)
     * @param initialBackoff wait before the first retry; doubles each time
     * @param maxBackoff     ceiling of the back-off
     * @param jitter         share of random variation of each wait (0…0.9); a {@code Retry-After} is never shortened by it
     * @param maxRetryAfter  longest {@code Retry-After} honoured
     */
    public record RetrySettings(@Default("5") int maxAttempts, @Default("500ms") Duration initialBackoff,
                                @Default("30s") Duration maxBackoff, @Default("0.25") double jitter,
                                @Default("2m") Duration maxRetryAfter) {
        public static RetrySettings defaults() {
            return new RetrySettings(5, Duration.ofMillis(500), Duration.ofSeconds(30), 0.25, Duration.ofMinutes(2));
        }

        /** Fast retries for tests. */
        public static RetrySettings fast(int maxAttempts) {
            return new RetrySettings(maxAttempts, Duration.ofMillis(5), Duration.ofMillis(50), 0.25, Duration.ofSeconds(5));
        }

        List<String> problems(boolean en) {
            List<String> p = new ArrayList<>();
            if (maxAttempts < 1) {
                p.add(en ? "g3stor.retry.max-attempts must be >= 1, was " + maxAttempts
                        : "g3stor.retry.max-attempts deve ser >= 1 (está " + maxAttempts + ")");
            }
            if (jitter < 0 || jitter > 0.9) {
                p.add(en ? "g3stor.retry.jitter must be between 0 and 0.9, was " + jitter
                        : "g3stor.retry.jitter deve estar entre 0 e 0.9 (está " + jitter + ")");
            }
            if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) <= 0) {
                p.add(en ? "g3stor.retry.initial-backoff must be > 0 and shorter than g3stor.retry.max-backoff (was "
                        + yaml(initialBackoff) + " and " + yaml(maxBackoff) + "): the wait doubles from the first up to the"
                        + " ceiling, e.g. initial-backoff: 500ms, max-backoff: 30s"
                        : "g3stor.retry.initial-backoff deve ser > 0 e menor que g3stor.retry.max-backoff (estão "
                        + yaml(initialBackoff) + " e " + yaml(maxBackoff) + "): a espera dobra a partir da primeira até o teto,"
                        + " por exemplo initial-backoff: 500ms, max-backoff: 30s");
            }
            return p;
        }
    }
}
