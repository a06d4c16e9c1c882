package br.com.webplanet.roteiro.engine.journal;

import java.time.Instant;

/**
 * An effect whose intent was recorded but whose result never was (a run crashed or the effect
 * failed with an uncertain outcome): a person checks the remote, then resolves it.
 *
 * @param key      the idempotency key, e.g. {@code ack:G3-123}
 * @param stepId   the step that tried it, when known
 * @param runId    the run that tried it, when known
 * @param intentAt when the intent was recorded
 * @param error    the failure seen, secrets redacted, or null (e.g. the process was killed)
 */
public record PendingEffect(String key, String stepId, String runId, Instant intentAt, String error) {}
