package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Localized;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine and the report need to know about a step.
 *
 * @param id        {@code <module>.<kebab-name>}, e.g. {@code mail.triage}; unique in a run
 * @param title     title shown in reports and the CLI (pt-BR first)
 * @param wikiLink  the team's wiki page that says how to do this step by hand
 * @param dependsOn ids of steps that must run (and not fail) before this one
 * @param order     place in the routine ({@link RoutineOrder}); ties broken by dependencies, then id
 * @param timeout   how long the step may run before the engine gives up on it, or null for the engine default
 */
public record StepDescriptor(String id, Localized title, URI wikiLink, Set<String> dependsOn, int order,
                             Duration timeout) {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$");

    public StepDescriptor {
        Objects.requireNonNull(id, "step id is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "step id must be <module>.<kebab-name> in lower case (e.g. mail.triage), was '" + id + "'");
        }
        Objects.requireNonNull(title, "title is null");
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
        }
    }

    /** A descriptor with no dependencies, no timeout of its own and the plugin order. */
    public static StepDescriptor of(String id, Localized title, URI wikiLink) {
        return new StepDescriptor(id, title, wikiLink, Set.of(), RoutineOrder.PLUGIN, null);
    }

    public StepDescriptor withDependsOn(String... ids) {
        return new StepDescriptor(id, title, wikiLink, Set.of(ids), order, timeout);
    }

    public StepDescriptor withOrder(int newOrder) {
        return new StepDescriptor(id, title, wikiLink, dependsOn, newOrder, timeout);
    }

    public StepDescriptor withTimeout(Duration newTimeout) {
        return new StepDescriptor(id, title, wikiLink, dependsOn, order, newTimeout);
    }

    /** The module part of the id ({@code mail} for {@code mail.triage}). */
    public String module() {
        return id.substring(0, id.indexOf('.'));
    }
}
