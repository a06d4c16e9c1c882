package br.com.webplanet.roteiro.spi;

import java.util.Map;

/**
 * A call to a remote system (G3stor, GitHub, SMTP…) failed. The message says which call, what
 * status and what the server said — with tokens redacted. {@code fieldErrors} carries a
 * validation failure's per-field messages (HTTP 422), for the report.
 */
public class RemoteException extends RuntimeException {
    private final String operation;
    private final int status;
    private final boolean retryable;
    private final Map<String, String> fieldErrors;

    public RemoteException(String operation, int status, boolean retryable, String message,
                           Map<String, String> fieldErrors, Throwable cause) {
        super(operation + " failed" + (status > 0 ? " with HTTP " + status : "") + ": " + message, cause);
        this.operation = operation;
        this.status = status;
        this.retryable = retryable;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    /** e.g. {@code POST /api/v1/tickets}. */
    public String operation() {
        return operation;
    }

    /** HTTP status, or 0 for an I/O failure or time-out. */
    public int status() {
        return status;
    }

    /** True when trying again later may succeed (5xx, 429, time-out). */
    public boolean retryable() {
        return retryable;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
