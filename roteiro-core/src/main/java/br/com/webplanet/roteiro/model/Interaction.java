package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.Objects;

/** One entry in a ticket's history. {@code externalRef} is e.g. the Message-ID of the mail it came from. */
public record Interaction(String id, TicketId ticket, InteractionKind kind, String author, String body,
                          Instant at, String externalRef) {
    public Interaction {
        Checks.requireText(id, "interaction id");
        Objects.requireNonNull(ticket, "ticket is null");
        Objects.requireNonNull(kind, "kind is null");
        body = body == null ? "" : body;
        Objects.requireNonNull(at, "at is null");
    }
}
