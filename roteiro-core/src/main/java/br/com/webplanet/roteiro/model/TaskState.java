package br.com.webplanet.roteiro.model;

/** Where a task for people stands. */
public enum TaskState {
    /** Still to do (aberta). */
    OPEN(Localized.of("aberta", "open")),
    /** Done, by a person or because its cause went away (feita). */
    DONE(Localized.of("feita", "done")),
    /** A person decided it needs no doing (descartada); raised again, it stays discarded. */
    DISCARDED(Localized.of("descartada", "discarded"));

    private final Localized label;

    TaskState(Localized label) {
        this.label = label;
    }

    public Localized label() {
        return label;
    }

    public boolean closed() {
        return this != OPEN;
    }
}
