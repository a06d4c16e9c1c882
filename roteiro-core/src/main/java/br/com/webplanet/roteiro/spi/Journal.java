package br.com.webplanet.roteiro.spi;

import java.util.Map;
import java.util.Optional;

/**
 * The run's memory: every side effect goes through {@link #once}, so a re-run never repeats it.
 *
 * <p><b>How {@code once} records.</b> The intent is committed before the effect runs and the
 * result after it. On a later call with the same key:
 * <ul>
 *   <li>{@link EffectState#DONE}: the recorded result is returned and the effect is not run;</li>
 *   <li>{@link EffectState#PENDING} (intent, no result: a previous run crashed or failed in the
 *       middle, so the effect may or may not have happened): the {@link Reconciler} is asked to look
 *       for the effect at the remote (G3stor by external reference, GitHub by marker, the Sent folder
 *       by Message-ID). Found: its result is recorded and returned. Not found: the effect runs.
 *       Without a reconciler a {@link ReconcileRequiredException} is thrown — never a blind redo;</li>
 *   <li>{@link EffectState#ABSENT}: the effect runs.</li>
 * </ul>
 * An effect that throws {@link EffectNotPerformedException} states that nothing happened
 * remotely; its intent is withdrawn so the next run simply tries again. Any other exception leaves
 * the intent in place (uncertain outcome) and is rethrown.
 *
 * <p>Results are stored as JSON: {@code type} must be a record, a String, a number or another
 * Jackson-serialisable value.
 *
 * <p><b>Dry-run.</b> Reads work; {@code once} returns a recorded result but never runs an effect
 * (it throws {@link IllegalStateException}); {@code checkpoint().put}, {@code record} and {@code forget} are ignored.
 * Steps check {@link StepContext#dryRun()} and {@link #state} to plan.
 */
public interface Journal {
    /** Runs {@code effect} at most once for {@code key}; see the class comment. A pending intent is not reconciled. */
    default <T> T once(String key, Class<T> type, Effect<T> effect) {
        return once(key, type, null, effect);
    }

    /** As {@link #once(String, Class, Effect)}, reconciling a pending intent with {@code reconciler}. */
    <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect);

    /** Whether an effect with this key was never tried, is pending, or is done. */
    EffectState state(String key);

    /** The recorded result of a done effect. */
    <T> Optional<T> result(String key, Class<T> type);

    /** A named checkpoint (e.g. {@code imap:INBOX} → UIDVALIDITY and last UID). */
    Checkpoint checkpoint(String name);

    /**
     * Records (or replaces) a fact under {@code topic}/{@code key}, for a later step to read
     * (e.g. mail decisions for the G3stor review, romaneio attachments for the Textura step).
     */
    void record(String topic, String key, Object value);

    /** Every fact recorded under {@code topic}, in the order first recorded. */
    <T> Map<String, T> records(String topic, Class<T> type);

    /**
     * Deletes the fact recorded under {@code topic}/{@code key} (e.g. a hand-off document a person
     * discarded), so no later step reads it again. Ignored in a dry-run view.
     *
     * @return whether a fact was there and is now gone
     * @throws UnsupportedOperationException from a journal written before this call existed
     */
    default boolean forget(String topic, String key) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot forget a record");
    }

    /** The state of an idempotent effect. */
    enum EffectState {
        ABSENT, PENDING, DONE
    }

    /** A side effect; returns what should be remembered (e.g. the ticket id it created). */
    @FunctionalInterface
    interface Effect<T> {
        T perform() throws Exception;
    }

    /** Looks at the remote for an effect a crashed run may have made; empty when it is not there. */
    @FunctionalInterface
    interface Reconciler<T> {
        Optional<T> find() throws Exception;
    }

    /** A small named value kept across runs. */
    interface Checkpoint {
        Optional<String> get();

        void put(String value);
    }
}
