package br.com.webplanet.roteiro.mail;

/** A message intake cannot read at all; it goes to quarantine with this reason. */
final class UnreadableMailException extends Exception {
    UnreadableMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
