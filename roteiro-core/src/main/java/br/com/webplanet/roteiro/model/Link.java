package br.com.webplanet.roteiro.model;

import java.net.URI;

/** A link from a ticket to something else (a GitHub issue, another ticket, a document). */
public record Link(String kind, URI url, String title) {
    public Link {
        Checks.requireText(kind, "link kind");
        java.util.Objects.requireNonNull(url, "link url is null");
    }
}
