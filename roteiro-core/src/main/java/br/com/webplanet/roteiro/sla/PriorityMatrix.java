package br.com.webplanet.roteiro.sla;

import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Urgency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a ticket's urgency and impact into its priority, as GLPI does with a 5×5 table. The
 * default is GLPI's own table; {@link #of(Map)} overrides some or all cells. {@link Priority#MAJOR}
 * is never in the default table: it is set by hand.
 */
public final class PriorityMatrix {
    /** GLPI's default, rows by urgency (very low … very high), columns by impact (very low … very high). */
    private static final int[][] GLPI = {
        {1, 1, 2, 2, 2},
        {1, 2, 2, 3, 3},
        {2, 2, 3, 4, 4},
        {2, 3, 4, 4, 5},
        {2, 3, 4, 5, 5},
    };
    private static final PriorityMatrix DEFAULT = of(Map.of());

    private final Priority[][] cells;

    private PriorityMatrix(Priority[][] cells) {
        this.cells = cells;
    }

    /** GLPI's default table. */
    public static PriorityMatrix defaultMatrix() {
        return DEFAULT;
    }

    /**
     * GLPI's default table with the given cells replaced: urgency → (impact → priority). Cells not
     * named keep the default.
     */
    public static PriorityMatrix of(Map<Urgency, Map<Impact, Priority>> overrides) {
        Objects.requireNonNull(overrides, "overrides is null");
        Priority[][] cells = new Priority[5][5];
        for (Urgency u : Urgency.values()) {
            Map<Impact, Priority> row = overrides.getOrDefault(u, Map.of());
            for (Impact i : Impact.values()) {
                Priority p = row.get(i);
                cells[u.level() - 1][i.level() - 1] = p != null ? p : Priority.ofRank(GLPI[u.level() - 1][i.level() - 1]);
            }
        }
        return new PriorityMatrix(cells);
    }

    /** The priority of a ticket with this urgency and impact. */
    public Priority priority(Urgency urgency, Impact impact) {
        Objects.requireNonNull(urgency, "urgency is null");
        Objects.requireNonNull(impact, "impact is null");
        return cells[urgency.level() - 1][impact.level() - 1];
    }

    /** The whole table, urgency → (impact → priority). */
    public Map<Urgency, Map<Impact, Priority>> asMap() {
        Map<Urgency, Map<Impact, Priority>> out = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            Map<Impact, Priority> row = new EnumMap<>(Impact.class);
            for (Impact i : Impact.values()) {
                row.put(i, priority(u, i));
            }
            out.put(u, java.util.Collections.unmodifiableMap(row));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
