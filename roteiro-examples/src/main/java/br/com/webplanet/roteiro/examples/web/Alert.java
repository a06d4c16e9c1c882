package br.com.webplanet.roteiro.examples.web;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert: raised once per cause ({@code key}), journaled.
 *
 * @param key      the cause, e.g. {@code imap-down:2026-11-30} or {@code sla-breached:G3-1042}
 * @param kind     {@code sla-at-risk}, {@code sla-breached}, {@code canary-missing}, {@code step-failed},
 *                 {@code intake-stalled}, {@code server-down}
 * @param title    one pt-BR line
 * @param detail   what was seen and what to do, pt-BR
 * @param raisedAt when
 */
public record Alert(String key, String kind, String title, String detail, Instant raisedAt) {
    public Alert {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(title, "title is null");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(raisedAt, "raisedAt is null");
    }
}
