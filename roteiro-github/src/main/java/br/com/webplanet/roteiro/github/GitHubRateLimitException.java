package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.spi.RemoteException;
import java.util.Map;

/**
 * GitHub refused a request for rate limiting and the wait it asked for was longer than
 * {@code github.limits.maxWait} (or retries ran out): the run stops creating issues and reports what is left.
 */
public final class GitHubRateLimitException extends RemoteException {
    public GitHubRateLimitException(String operation, int status, Throwable cause) {
        super(operation, status, true, "GitHub rate limit reached; try again later", Map.of(), cause);
    }
}
