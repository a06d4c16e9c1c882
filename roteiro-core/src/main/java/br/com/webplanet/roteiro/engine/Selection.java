package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which steps a run takes: {@code only} (all when empty) minus {@code skip}. */
final class Selection {
    private Selection() {}

    static Set<String> select(List<ChecklistStep> plan, Set<String> only, Set<String> skip) {
        return select(plan, only, skip, new ModuleActivation(List.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of()));
    }

    /** As above; an id of a step whose module is not configured is reported as such. */
    static Set<String> select(List<ChecklistStep> plan, Set<String> only, Set<String> skip, ModuleActivation activation) {
        List<String> inactive = new TreeSet<>(only).stream().filter(activation.stepModule()::containsKey).toList();
        if (!inactive.isEmpty()) {
            throw RoteiroStartException.of("steps of modules that are not configured were asked for", inactive.stream()
                    .map(id -> "step '" + id + "' cannot run: " + activation.howToActivate(id)).toList());
        }
        Set<String> both = new TreeSet<>(only);
        both.addAll(skip);
        both.removeIf(activation.stepModule()::containsKey);     // skipping a step that will not run anyway is fine
        List<String> unknown = unknown(both, plan);
        if (!unknown.isEmpty()) {
            throw RoteiroStartException.of("unknown step ids in only/skip", List.of(unknownMessage(unknown, plan)));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (ChecklistStep step : plan) {
            String id = step.descriptor().id();
            if ((only.isEmpty() || only.contains(id)) && !skip.contains(id)) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    static List<String> unknown(Collection<String> ids, List<ChecklistStep> plan) {
        Set<String> known = new TreeSet<>();
        plan.forEach(s -> known.add(s.descriptor().id()));
        return new java.util.ArrayList<>(new TreeSet<>(ids).stream().filter(id -> !known.contains(id)).toList());
    }

    static String unknownMessage(List<String> unknown, List<ChecklistStep> plan) {
        return "no step has the id " + String.join(", ", unknown.stream().map(id -> "'" + id + "'").toList())
                + "; valid ids: " + String.join(", ", plan.stream().map(s -> s.descriptor().id()).toList());
    }
}
