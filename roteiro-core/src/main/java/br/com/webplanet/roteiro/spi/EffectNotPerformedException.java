package br.com.webplanet.roteiro.spi;

/**
 * Thrown by an effect to say that nothing happened remotely (e.g. the server refused the request
 * with a validation error), so the journal may withdraw its intent.
 */
public class EffectNotPerformedException extends RuntimeException {
    public EffectNotPerformedException(String message, Throwable cause) {
        super(message, cause);
    }
}
