package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.memory.ForwardingJournal;
import br.com.webplanet.roteiro.spi.Journal;

/**
 * A journal that kills its JVM ({@link Runtime#halt}, like {@code kill -9}: no shutdown hooks, no
 * flushing) at the N-th effect boundary — right after an intent was committed, or right after an effect
 * happened but before its result was recorded: the two places where a crash is dangerous.
 */
final class CrashingJournal extends ForwardingJournal {
    private final long crashAt;
    private long ticks;

    CrashingJournal(Journal delegate, long crashAt) {
        super(delegate);
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
        return delegate().once(key, type, crashingAround(effect));
    }

    @Override
    public <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        return delegate().once(key, type, reconciler, crashingAround(effect));
    }

    private <T> Effect<T> crashingAround(Effect<T> effect) {
        return () -> {
            tick();
            T result = effect.perform();
            tick();
            return result;
        };
    }
}
