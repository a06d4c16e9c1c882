package br.com.webplanet.roteiro.g3stor.simulator;

/** The resource named by the path does not exist: answered 404 {@code not_found}. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
