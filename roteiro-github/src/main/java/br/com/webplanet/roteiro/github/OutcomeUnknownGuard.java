package br.com.webplanet.roteiro.github;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Stops github-api from sending a create again on its own. github-api retries any request that failed with a
 * {@link SocketException}, {@link SocketTimeoutException} or {@link SSLHandshakeException} — a {@code POST} too:
 * a read time-out after GitHub created the issue would create a second one. For non-idempotent methods this
 * interceptor turns those failures into {@link OutcomeUnknownException}, which github-api does not retry; the
 * journal then keeps the intent and the next run looks for the issue by its marker. A refused connection
 * (nothing was sent) stays retryable.
 */
final class OutcomeUnknownGuard implements Interceptor {
    private static final Set<String> NON_IDEMPOTENT = Set.of("POST", "PATCH");

    /** The request may or may not have taken effect at GitHub. */
    static final class OutcomeUnknownException extends IOException {
        OutcomeUnknownException(String message, IOException cause) {
            super(message, cause);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (ConnectException e) {
            throw e;
        } catch (SocketException | SocketTimeoutException | SSLHandshakeException e) {
            if (!NON_IDEMPOTENT.contains(chain.request().method())) {
                throw e;
            }
            throw new OutcomeUnknownException(chain.request().method() + " " + chain.request().url().encodedPath()
                    + " got no answer (" + e.getMessage() + "); GitHub may have done it: not sent again", e);
        }
    }
}
