package br.com.webplanet.roteiro.model;

/**
 * Where a hand-off record a task is about lives in the journal ({@code Journal.record(topic, key, …)}),
 * e.g. a mail attachment routed to the romaneio step that could not be read. Discarding the task
 * forgets the record, so the document does not stay in the journal.
 *
 * @param topic the journal topic (e.g. {@code Handoffs.ROMANEIO_INBOX})
 * @param key   the record's key there
 */
public record HandoffRef(String topic, String key) {
    public HandoffRef {
        Checks.requireText(topic, "hand-off topic");
        Checks.requireText(key, "hand-off key");
    }
}
