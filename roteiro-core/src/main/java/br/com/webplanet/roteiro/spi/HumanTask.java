package br.com.webplanet.roteiro.spi;

import java.net.URI;
import java.util.Objects;

/**
 * Something a person must still do: what ({@code title}), on what ({@code target}), why
 * ({@code reason}) and the wiki page that tells how ({@code wikiLink}, may be null). pt-BR.
 */
public record HumanTask(String title, String target, String reason, URI wikiLink) {
    public HumanTask {
        Objects.requireNonNull(title, "title is null");
        target = target == null ? "" : target;
        reason = reason == null ? "" : reason;
    }
}
