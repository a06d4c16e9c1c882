package br.com.webplanet.roteiro.spi;

import java.util.Objects;

/**
 * One effect a step made, or in dry-run would make.
 *
 * @param kind        what, e.g. {@code ticket.open}, {@code mail.ack}, {@code github.issue}
 * @param target      on what, e.g. a ticket id or an address (never a secret)
 * @param description pt-BR sentence for the report
 * @param planned     true in dry-run: planned, not done
 * @param key         the journal idempotency key, or null
 */
public record ActionRecord(String kind, String target, String description, boolean planned, String key) {
    public ActionRecord {
        Objects.requireNonNull(kind, "kind is null");
        target = target == null ? "" : target;
        description = description == null ? "" : description;
    }

    public static ActionRecord done(String kind, String target, String description, String key) {
        return new ActionRecord(kind, target, description, false, key);
    }

    public static ActionRecord planned(String kind, String target, String description, String key) {
        return new ActionRecord(kind, target, description, true, key);
    }
}
