package br.com.webplanet.roteiro.g3stor.client;

import java.time.Duration;

/** A failed attempt worth retrying (5xx, 429, time-out, I/O); {@code retryAfter} from a 429, or null. */
final class RetryableFailure extends RuntimeException {
    final String operation;
    final int status;
    final Duration retryAfter;

    RetryableFailure(String operation, int status, String message, Duration retryAfter, Throwable cause) {
        super(message, cause, false, false);
        this.operation = operation;
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
