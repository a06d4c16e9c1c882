package br.com.webplanet.roteiro.model;

import java.time.Instant;
import java.util.Objects;

/** An entry to add to a ticket's history; {@code at} may be null for "now". */
public record NewInteraction(InteractionKind kind, String author, String body, Instant at, String externalRef) {
    public NewInteraction {
        Objects.requireNonNull(kind, "kind is null");
        body = body == null ? "" : body;
    }

    public static NewInteraction note(String body) {
        return new NewInteraction(InteractionKind.INTERNAL_NOTE, "roteiro", body, null, null);
    }
}
