package br.com.webplanet.roteiro.engine;

import br.com.webplanet.roteiro.spi.ChecklistStep;
import br.com.webplanet.roteiro.spi.StepDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts steps in run order: a step after everything it depends on; among steps free to go, the
 * lower {@link StepDescriptor#order()} first, then the id. Duplicate ids, unknown dependencies
 * and cycles are all collected and reported in one {@link RoteiroStartException}.
 */
final class StepPlanner {
    private static final Comparator<StepDescriptor> ROUTINE = Comparator.comparingInt(StepDescriptor::order)
            .thenComparing(StepDescriptor::id);

    private StepPlanner() {}

    static List<ChecklistStep> plan(Iterable<ChecklistStep> steps) {
        return plan(steps, new ModuleActivation(List.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    }

    /** As {@link #plan(Iterable)}; a required dependency on a step of an inactive module says how to activate it. */
    static List<ChecklistStep> plan(Iterable<ChecklistStep> steps, ModuleActivation activation) {
        List<String> problems = new ArrayList<>();
        Map<String, ChecklistStep> byId = new LinkedHashMap<>();
        Map<String, List<ChecklistStep>> duplicates = new TreeMap<>();
        for (ChecklistStep step : steps) {
            StepDescriptor d = step.descriptor();
            if (d == null) {
                problems.add("step " + step.getClass().getName() + " returns no descriptor()");
                continue;
            }
            ChecklistStep previous = byId.putIfAbsent(d.id(), step);
            if (previous != null) {
                duplicates.computeIfAbsent(d.id(), id -> new ArrayList<>(List.of(previous))).add(step);
            }
        }
        duplicates.forEach((id, list) -> problems.add("step id '" + id + "' is bound " + list.size() + " times, by "
                + String.join(", ", list.stream().map(s -> s.getClass().getName()).toList())));
        for (ChecklistStep step : byId.values()) {
            for (String dep : new java.util.TreeSet<>(step.descriptor().dependsOn())) {
                if (!byId.containsKey(dep) && activation.stepModule().containsKey(dep)) {
                    problems.add("step '" + step.descriptor().id() + "' needs step '" + dep + "', but "
                            + activation.howToActivate(dep));
                } else if (!byId.containsKey(dep)) {
                    problems.add("step '" + step.descriptor().id() + "' (" + step.getClass().getName()
                            + ") depends on '" + dep + "', which no module binds; known steps: " + byId.keySet());
                }
            }
        }
        List<ChecklistStep> ordered = order(byId);
        if (ordered.size() < byId.size()) {
            Set<String> left = new LinkedHashSet<>(byId.keySet());
            ordered.forEach(s -> left.remove(s.descriptor().id()));
            for (List<String> cycle : cycles(left, byId)) {
                problems.add("steps depend on each other in a cycle: " + String.join(" → ", cycle.stream()
                        .map(id -> id + " (" + byId.get(id).getClass().getName() + ")").toList()));
            }
        }
        if (!problems.isEmpty()) {
            throw RoteiroStartException.of("the steps cannot be ordered", problems);
        }
        return List.copyOf(ordered);
    }

    /** The steps whose dependencies can all be ordered, in run order (steps in or behind a cycle are left out). */
    private static List<ChecklistStep> order(Map<String, ChecklistStep> byId) {
        return ordered(byId.values().stream().map(ChecklistStep::descriptor).toList()).stream()
                .map(d -> byId.get(d.id())).toList();
    }

    /** The dependencies of {@code d} (required and optional) that are among {@code ids}. */
    static List<String> present(StepDescriptor d, Set<String> ids) {
        Set<String> all = new java.util.TreeSet<>(d.dependsOn());
        all.addAll(d.optionalDependsOn());
        return all.stream().filter(ids::contains).toList();
    }

    /**
     * Every step of {@code descriptors} in run order, leniently (for listing): a dependency that is
     * absent is ignored, and steps in a cycle come last.
     */
    static List<StepDescriptor> order(List<StepDescriptor> descriptors) {
        Map<String, StepDescriptor> byId = new LinkedHashMap<>();
        descriptors.forEach(d -> byId.putIfAbsent(d.id(), d));
        List<StepDescriptor> ordered = ordered(byId.values());
        Set<StepDescriptor> placed = new HashSet<>(ordered);
        byId.values().stream().filter(d -> !placed.contains(d)).forEach(ordered::add);
        return ordered;
    }

    /**
     * Kahn's topological order of {@code steps} (distinct ids; dependencies outside them ignored): a step
     * after everything it depends on, and among steps free to go the lower order, then the id. Steps in a
     * cycle, or behind one, are not in the result.
     */
    private static List<StepDescriptor> ordered(java.util.Collection<StepDescriptor> steps) {
        Set<String> ids = new HashSet<>();
        steps.forEach(d -> ids.add(d.id()));
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<StepDescriptor>> dependents = new HashMap<>();
        PriorityQueue<StepDescriptor> ready = new PriorityQueue<>(ROUTINE);
        for (StepDescriptor d : steps) {
            List<String> deps = present(d, ids);
            waitingOn.put(d.id(), deps.size());
            deps.forEach(dep -> dependents.computeIfAbsent(dep, x -> new ArrayList<>()).add(d));
            if (deps.isEmpty()) {
                ready.add(d);
            }
        }
        List<StepDescriptor> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            StepDescriptor next = ready.poll();
            ordered.add(next);
            for (StepDescriptor dependent : dependents.getOrDefault(next.id(), List.of())) {
                if (waitingOn.merge(dependent.id(), -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return ordered;
    }

    /** Each distinct cycle among the steps that could not be ordered (unknown dependencies ignored), from its smallest id. */
    private static List<List<String>> cycles(Set<String> left, Map<String, ChecklistStep> byId) {
        List<List<String>> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String start : new java.util.TreeSet<>(left)) {
            List<String> path = new ArrayList<>();
            String current = start;
            while (!path.contains(current)) {
                path.add(current);
                current = new java.util.TreeSet<>(present(byId.get(current).descriptor(), left)).stream()
                        .findFirst().orElseThrow();
            }
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
            if (seen.addAll(cycle)) {
                int min = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
                java.util.Collections.rotate(cycle, -min);
                cycle.add(cycle.get(0));
                found.add(cycle);
            }
        }
        return found;
    }
}
