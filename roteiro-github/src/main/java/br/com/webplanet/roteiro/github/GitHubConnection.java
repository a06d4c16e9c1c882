package br.com.webplanet.roteiro.github;

import static java.util.Objects.requireNonNull;

import br.com.webplanet.roteiro.spi.Service;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * The HTTP side of the GitHub module: one OkHttp client (time-outs, optional ETag cache, the
 * {@link OutcomeUnknownGuard}, the {@link RateLimitInterceptor} and the {@link RequestLog}) under one github-api {@link GitHub}. Built on first
 * use, with no request: the token goes through a plain authorization provider, so github-api does not look up
 * {@code GET /user}. Tracks the request budget of the current run.
 */
public final class GitHubConnection implements Service {
    private final GitHubConfig config;
    private final RequestLog log = new RequestLog();
    private OkHttpClient http;
    private GitHub github;

    @Inject
    public GitHubConnection(GitHubConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    /** Whether a token is configured (without one, only a dry-run is possible). */
    public boolean hasToken() {
        return config.token().isPresent();
    }

    /** The github-api client. */
    public synchronized GitHub github() {
        if (github == null) {
            if (!hasToken()) {
                throw new IllegalStateException("github.token is not set; set it (e.g. ${GITHUB_TOKEN}) or run dry");
            }
            String token = config.token().orElseThrow().reveal();
            String endpoint = config.endpoint().toString().replaceAll("/+$", "");
            try {
                github = new GitHubBuilder()
                        .withEndpoint(endpoint)
                        .withConnector(new OkHttpGitHubConnector(http()))
                        .withAuthorizationProvider(() -> "token " + token)
                        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set up the GitHub client for " + endpoint, e);
            }
        }
        return github;
    }

    private OkHttpClient http() {
        if (http == null) {
            GitHubConfig.Timeouts t = config.timeouts();
            OkHttpClient.Builder builder = new OkHttpClient.Builder()
                    .connectTimeout(t.connect())
                    .readTimeout(t.read())
                    .writeTimeout(t.read())
                    .callTimeout(t.call())
                    .addInterceptor(new OutcomeUnknownGuard())
                    .addInterceptor(new RateLimitInterceptor(config.limits().maxRetries(), config.limits().maxWait()))
                    .addNetworkInterceptor(log);
            config.cacheDirectory().ifPresent(dir -> builder.cache(new Cache(dir.toFile(), 50L * 1024 * 1024)));
            http = builder.build();
        }
        return http;
    }

    /** Requests made in this run, by endpoint and status. */
    public RequestLog log() {
        return log;
    }

    /** Starts counting a new run's budget. */
    public void startRun() {
        log.reset();
    }

    /**
     * Requests this run may still make: the configured budget minus what was spent, and no more than GitHub's
     * own remaining window minus {@code github.limits.reserve}.
     */
    public long requestsLeft() {
        long left = config.limits().maxRequestsPerRun() - log.total();
        long remaining = log.rateLimitRemaining();
        if (remaining >= 0) {
            left = Math.min(left, remaining - config.limits().reserve());
        }
        return Math.max(0, left);
    }

    @Override
    public void start() {
        // nothing to open: the client is built on first use and makes no request until a step asks
    }

    @Override
    public synchronized void stop() throws IOException {
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            if (http.cache() != null) {
                http.cache().close();
            }
            http = null;
            github = null;
        }
    }
}
