package br.com.webplanet.roteiro.model;

/** A ticket's priority (GLPI's six levels), derived from urgency × impact by the priority matrix. */
public enum Priority {
    VERY_LOW(1, "muito baixa", "very low"),
    LOW(2, "baixa", "low"),
    MEDIUM(3, "média", "medium"),
    HIGH(4, "alta", "high"),
    VERY_HIGH(5, "muito alta", "very high"),
    MAJOR(6, "crítica", "major");

    private final int rank;
    private final Localized label;

    Priority(int rank, String ptBR, String en) {
        this.rank = rank;
        this.label = Localized.of(ptBR, en);
    }

    /** 1 (lowest) … 6 (highest). */
    public int rank() {
        return rank;
    }

    public Localized label() {
        return label;
    }

    public static Priority ofRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("priority rank must be 1..6, was " + rank);
    }
}
