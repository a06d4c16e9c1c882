package br.com.webplanet.roteiro.model;

/** How much of the customer's business is affected (GLPI-style 1…5). */
public enum Impact implements Level {
    VERY_LOW(1, "muito baixo"), LOW(2, "baixo"), MEDIUM(3, "médio"), HIGH(4, "alto"), VERY_HIGH(5, "muito alto");

    private final int level;
    private final String labelPtBR;

    Impact(int level, String labelPtBR) {
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

    public static Impact ofLevel(int level) {
        for (Impact i : values()) {
            if (i.level == level) {
                return i;
            }
        }
        throw new IllegalArgumentException("impact level must be 1..5, was " + level);
    }
}
