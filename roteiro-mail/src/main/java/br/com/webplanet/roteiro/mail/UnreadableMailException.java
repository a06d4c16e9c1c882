package br.com.webplanet.roteiro.mail;

/**
 * A message intake cannot read at all; it goes to quarantine with this reason. {@link #partial()} keeps
 * what was readable (From, subject, date) so the quarantine entry still says whose mail it is.
 */
final class UnreadableMailException extends Exception {
    private final transient ParsedMail partial;

    UnreadableMailException(String reason, Throwable cause) {
        this(reason, cause, null);
    }

    UnreadableMailException(String reason, Throwable cause, ParsedMail partial) {
        super(reason, cause);
        this.partial = partial;
    }

    /** The readable headers of the message (no text), or null. */
    ParsedMail partial() {
        return partial;
    }
}
