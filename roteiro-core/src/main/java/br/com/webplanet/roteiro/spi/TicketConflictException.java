package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Ticket;

/** The ticket changed since it was read (stale version): re-read it and decide again. */
public final class TicketConflictException extends RuntimeException {
    private final Ticket current;

    public TicketConflictException(Ticket current, long expectedVersion) {
        super("ticket " + current.id() + " is at version " + current.version() + ", expected " + expectedVersion
                + "; re-read it and decide again");
        this.current = current;
    }

    /** The ticket as it is now. */
    public Ticket current() {
        return current;
    }
}
