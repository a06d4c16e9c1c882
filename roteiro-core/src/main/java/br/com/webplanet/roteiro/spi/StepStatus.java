package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Localized;

/** How a step ended. */
public enum StepStatus {
    /** Everything it had to do was done. */
    DONE(Localized.of("concluído", "done")),
    /** It looked and there was nothing to do. */
    NOTHING_TO_DO(Localized.of("nada a fazer", "nothing to do")),
    /** It ran, but left human tasks or failed on some items. */
    NEEDS_ATTENTION(Localized.of("requer atenção", "needs attention")),
    /** It could not run to the end; see the error. */
    FAILED(Localized.of("falhou", "failed")),
    /** It did not run (a dependency failed, it was excluded, or another runner holds it). */
    SKIPPED(Localized.of("pulado", "skipped"));

    private final Localized label;

    StepStatus(Localized label) {
        this.label = label;
    }

    public Localized label() {
        return label;
    }
}
