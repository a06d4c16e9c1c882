package br.com.webplanet.roteiro.memory;

import br.com.webplanet.roteiro.spi.Journal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Journal} that hands every call to another one. Extend it to wrap a journal —
 * count or trace effects, or simulate a crash at an effect boundary in a test — overriding only
 * what changes.
 */
public abstract class ForwardingJournal implements Journal {
    private final Journal delegate;

    protected ForwardingJournal(Journal delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate is null");
    }

    protected final Journal delegate() {
        return delegate;
    }

    @Override
    public <T> T once(String key, Class<T> type, Effect<T> effect) {
        return delegate.once(key, type, effect);
    }

    @Override
    public <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        return delegate.once(key, type, reconciler, effect);
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

    @Override
    public boolean forget(String topic, String key) {
        return delegate.forget(topic, key);
    }
}
