package br.com.webplanet.roteiro.model;

/** A ticket's (chamado's) identifier in the ticket system, e.g. {@code G3-1234}. */
public record TicketId(String value) {
    public TicketId {
        Checks.requireText(value, "ticket id");
        Checks.requireSingleLine(value, "ticket id");
    }

    public static TicketId of(String value) {
        return new TicketId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
