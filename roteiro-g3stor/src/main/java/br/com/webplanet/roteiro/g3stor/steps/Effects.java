package br.com.webplanet.roteiro.g3stor.steps;

import br.com.webplanet.roteiro.spi.EffectNotPerformedException;
import br.com.webplanet.roteiro.spi.Journal;
import br.com.webplanet.roteiro.spi.RemoteException;

/** Journal helpers shared by the G3stor steps. */
final class Effects {
    private Effects() {}

    /**
     * Runs a remote write once. G3stor refused it outright (4xx other than a time-out / rate
     * limit), so nothing happened: the intent is withdrawn and the next run tries again.
     */
    static <T> T once(Journal journal, String key, Class<T> type, Journal.Reconciler<T> reconciler,
                      Journal.Effect<T> effect) {
        return journal.once(key, type, reconciler, () -> {
            try {
                return effect.perform();
            } catch (RemoteException e) {
                if (!e.retryable() && e.status() >= 400 && e.status() < 500) {
                    throw new EffectNotPerformedException(e.getMessage(), e);
                }
                throw e;
            }
        });
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
