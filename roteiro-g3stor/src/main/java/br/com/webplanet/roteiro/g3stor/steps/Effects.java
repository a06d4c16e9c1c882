package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RemoteException;

/** Journal helpers shared by the G3stor steps. */
final class Effects {
    private Effects() {}

    /**
     * Runs a remote write once. Whether a failed write happened is the port's to say (the G3stor
     * client throws {@link EffectNotPerformedException} for a write G3stor refused outright, and
     * the journal then withdraws its intent so the next run tries again); the step does not decide.
     */
    static <T> T once(Journal journal, String key, Class<T> type, Journal.Reconciler<T> reconciler,
                      Journal.Effect<T> effect) {
        return journal.once(key, type, reconciler, effect);
    }

    /** A short reason for the report: the message, with a 422's field errors. */
    static String describe(Throwable e) {
        Throwable cause = e instanceof EffectNotPerformedException && e.getCause() != null ? e.getCause() : e;
        StringBuilder sb = new StringBuilder(String.valueOf(cause.getMessage()));
        if (cause instanceof RemoteException r && !r.fieldErrors().isEmpty()) {
            sb.append(" ").append(r.fieldErrors());
        }
        return sb.toString();
    }
}
