package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.memory.InMemoryJournal;
import br.com.webplanet.roteiro.spi.Journal;
import java.util.Map;
import java.util.Optional;

/**
 * A journal that records the intent, performs the effect and then "crashes" before recording the result, as a
 * process killed between the remote call and the journal commit would.
 */
final class CrashAfterEffectJournal implements Journal {
    private final InMemoryJournal delegate;

    CrashAfterEffectJournal(InMemoryJournal delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T once(String key, Class<T> type, Effect<T> effect) {
        return once(key, type, null, effect);
    }

    @Override
    public <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        if (delegate.state(key) == EffectState.DONE) {
            return delegate.once(key, type, reconciler, effect);
        }
        delegate.leavePending(key);
        try {
            effect.perform();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("simulated crash after the effect of '" + key + "', before its commit");
    }

    @Override
    public EffectState state(String key) {
        return delegate.state(key);
    }

    @Override
    public <T> Optional<T> result(String key, Class<T> type) {
        return delegate.result(key, type);
    }

    @Override
    public Checkpoint checkpoint(String name) {
        return delegate.checkpoint(name);
    }

    @Override
    public void record(String topic, String key, Object value) {
        delegate.record(topic, key, value);
    }

    @Override
    public <T> Map<String, T> records(String topic, Class<T> type) {
        return delegate.records(topic, type);
    }
}
