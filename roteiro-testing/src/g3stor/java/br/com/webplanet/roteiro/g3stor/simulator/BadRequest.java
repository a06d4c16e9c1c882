package br.com.webplanet.roteiro.g3stor.simulator;

/** A malformed request or parameter: answered 400 {@code bad_request}. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message);
    }
}
