package br.com.webplanet.roteiro.github;

import br.com.webplanet.roteiro.memory.ForwardingJournal;
import br.com.webplanet.roteiro.memory.InMemoryJournal;

/**
 * A journal that records the intent, performs the effect and then "crashes" before recording the result, as a
 * process killed between the remote call and the journal commit would.
 */
final class CrashAfterEffectJournal extends ForwardingJournal {
    private final InMemoryJournal journal;

    CrashAfterEffectJournal(InMemoryJournal delegate) {
        super(delegate);
        this.journal = delegate;
    }

    @Override
    public <T> T once(String key, Class<T> type, Reconciler<T> reconciler, Effect<T> effect) {
        if (journal.state(key) == EffectState.DONE) {
            return journal.once(key, type, reconciler, effect);
        }
        journal.leavePending(key);
        try {
            effect.perform();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("simulated crash after the effect of '" + key + "', before its commit");
    }
}
