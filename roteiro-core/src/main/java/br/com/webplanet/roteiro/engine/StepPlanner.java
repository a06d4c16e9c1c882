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
    private static final Comparator<ChecklistStep> ROUTINE = Comparator
            .comparingInt((ChecklistStep s) -> s.descriptor().order())
            .thenComparing(s -> s.descriptor().id());

    private StepPlanner() {}

    static List<ChecklistStep> plan(Iterable<ChecklistStep> steps) {
        return plan(steps, new ModuleActivation(List.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    }

    /** As {@link #plan(Iterable)}; a required dependency on a step of an inactive module says how to activate it. */
    static List<ChecklistStep> plan(Iterable<ChecklistStep> steps, ModuleActivation activation) {
        List<String> problems = new ArrayList<>();
        Map<String, ChecklistStep> byId = new LinkedHashMap<>();
        Map<String, List<ChecklistStep>> duplicates = new TreeMap<>();
        Map<ChecklistStep, StepDescriptor> descriptors = new HashMap<>();
        for (ChecklistStep step : steps) {
            StepDescriptor d = step.descriptor();
            if (d == null) {
                problems.add("step " + step.getClass().getName() + " returns no descriptor()");
                continue;
            }
            descriptors.put(step, d);
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

    private static List<ChecklistStep> order(Map<String, ChecklistStep> byId) {
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<ChecklistStep>> dependents = new HashMap<>();
        PriorityQueue<ChecklistStep> ready = new PriorityQueue<>(ROUTINE);
        for (ChecklistStep step : byId.values()) {
            List<String> deps = present(step.descriptor(), byId.keySet());
            waitingOn.put(step.descriptor().id(), deps.size());
            deps.forEach(dep -> dependents.computeIfAbsent(dep, d -> new ArrayList<>()).add(step));
            if (deps.isEmpty()) {
                ready.add(step);
            }
        }
        List<ChecklistStep> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            ChecklistStep next = ready.poll();
            ordered.add(next);
            for (ChecklistStep dependent : dependents.getOrDefault(next.descriptor().id(), List.of())) {
                if (waitingOn.merge(dependent.descriptor().id(), -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return ordered;
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
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<StepDescriptor>> dependents = new HashMap<>();
        PriorityQueue<StepDescriptor> ready = new PriorityQueue<>(Comparator.comparingInt(StepDescriptor::order)
                .thenComparing(StepDescriptor::id));
        for (StepDescriptor d : byId.values()) {
            List<String> deps = present(d, byId.keySet());
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
        byId.values().stream().filter(d -> !ordered.contains(d)).forEach(ordered::add);
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
