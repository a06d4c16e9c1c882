package br.com.webplanet.roteiro.engine.journal;

/** The journal database could not be read or written (connection lost, disk full, schema too new). */
public final class JournalException extends RuntimeException {
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
