package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.spi.Journal;
import java.util.Map;
import java.util.Optional;

/**
 * A journal that kills its JVM ({@link Runtime#halt}, like {@code kill -9}: no shutdown hooks, no
 * flushing) at the N-th effect boundary — right after an intent was committed, or right after an effect
 * happened but before its result was recorded: the two places where a crash is dangerous.
 */
final class CrashingJournal implements Journal {
    private final Journal delegate;
    private final long crashAt;
    private long ticks;

    CrashingJournal(Journal delegate, long crashAt) {
        this.delegate = delegate;
        this.crashAt = crashAt;
    }

    private synchronized void tick() {
        if (++ticks == crashAt) {
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    @Override
    public <T> T once(String key, Class<T> type, Effect<T> effect) {
        return delegate.once(key, type, () -> {
            tick();
            T result = effect.perform();
            tick();
            return result;
        });
    }

    @Override
    public <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        return delegate.once(key, type, reconciler, () -> {
            tick();
            T result = effect.perform();
            tick();
            return result;
        });
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
