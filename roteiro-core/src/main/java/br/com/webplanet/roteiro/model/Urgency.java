package br.com.webplanet.roteiro.model;

/** How soon the customer needs an answer (GLPI-style 1…5). */
public enum Urgency implements Level {
    VERY_LOW(1, "muito baixa"), LOW(2, "baixa"), MEDIUM(3, "média"), HIGH(4, "alta"), VERY_HIGH(5, "muito alta");

    private final int level;
    private final String labelPtBR;

    Urgency(int level, String labelPtBR) {
        this.level = level;
        this.labelPtBR = labelPtBR;
    }

    @Override
    public int level() {
        return level;
    }

    public String labelPtBR() {
        return labelPtBR;
    }

    public static Urgency ofLevel(int level) {
        for (Urgency u : values()) {
            if (u.level == level) {
                return u;
            }
        }
        throw new IllegalArgumentException("urgency level must be 1..5, was " + level);
    }
}
