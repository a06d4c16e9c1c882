package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.spi.RemoteException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import org.kohsuke.github.HttpException;

/** Turns github-api failures into {@link RemoteException}s that name the call and never the token. */
final class GitHubErrors {
    private GitHubErrors() {}

    static RemoteException translate(String operation, Exception e) {
        if (e instanceof RemoteException remote) {
            return remote;
        }
        if (e instanceof HttpException http) {
            int status = http.getResponseCode();
            if (status == 429 || status == 403 && isRateLimit(http)) {
                return new GitHubRateLimitException(operation, status, http);
            }
            boolean retryable = status >= 500 || status <= 0;
            return new RemoteException(operation, status, retryable, firstLine(http.getMessage()), Map.of(), http);
        }
        if (e instanceof FileNotFoundException) {
            return new RemoteException(operation, 404, false,
                    "not found (does the repository exist and may the token read it?)", Map.of(), e);
        }
        if (e instanceof InterruptedIOException) {
            return new RemoteException(operation, 0, true, "timed out: " + e.getMessage(), Map.of(), e);
        }
        if (e instanceof IOException) {
            return new RemoteException(operation, 0, true, String.valueOf(e.getMessage()), Map.of(), e);
        }
        if (e.getCause() instanceof IOException io) {
            return translate(operation, io);
        }
        return new RemoteException(operation, 0, false, String.valueOf(e.getMessage()), Map.of(), e);
    }

    private static boolean isRateLimit(HttpException http) {
        String message = String.valueOf(http.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("rate limit") || message.contains("abuse");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
