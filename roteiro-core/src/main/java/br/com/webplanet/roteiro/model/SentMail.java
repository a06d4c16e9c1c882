package br.com.webplanet.roteiro.model;

import java.time.Instant;

/** The record of a sent message: its Message-ID and when it left. */
public record SentMail(String messageId, Instant sentAt) {
    public SentMail {
        Checks.requireText(messageId, "message id");
        java.util.Objects.requireNonNull(sentAt, "sentAt is null");
    }
}
