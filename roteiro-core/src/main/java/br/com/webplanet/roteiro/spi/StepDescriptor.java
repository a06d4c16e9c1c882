package br.com.webplanet.roteiro.spi;

import br.com.webplanet.roteiro.model.Localized;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the engine and the report need to know about a step.
 *
 * @param id                {@code <module>.<kebab-name>}, e.g. {@code mail.triage}; unique in a run
 * @param title             title shown in reports and the CLI (pt-BR first)
 * @param wikiLink          the team's wiki page that says how to do this step by hand
 * @param dependsOn         ids of steps that must run (and not fail) before this one; a missing one
 *                          (e.g. its module is not configured) stops the routine from starting
 * @param order             place in the routine ({@link RoutineOrder}); ties broken by dependencies, then id
 * @param timeout           how long the step may run before the engine gives up on it, or null for the engine default
 * @param optionalDependsOn ids of steps this one runs after <em>when they are present</em>; an absent
 *                          one (its module not configured or not installed) is ignored, and a failed
 *                          one does not skip this step
 */
public record StepDescriptor(String id, Localized title, URI wikiLink, Set<String> dependsOn, int order,
                             Duration timeout, Set<String> optionalDependsOn) {
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$");

    public StepDescriptor {
        Objects.requireNonNull(id, "step id is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "step id must be <module>.<kebab-name> in lower case (e.g. mail.triage), was '" + id + "'");
        }
        Objects.requireNonNull(title, "title is null");
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
        Set<String> optional = new LinkedHashSet<>(optionalDependsOn == null ? Set.of() : optionalDependsOn);
        optional.removeAll(dependsOn);                  // a required dependency stays required
        optionalDependsOn = Set.copyOf(optional);
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
        }
    }

    /**
     * The descriptor without optional dependencies: the constructor of the first SPI, kept so plugins
     * compiled against it keep working.
     */
    public StepDescriptor(String id, Localized title, URI wikiLink, Set<String> dependsOn, int order,
                          Duration timeout) {
        this(id, title, wikiLink, dependsOn, order, timeout, Set.of());
    }

    /** A descriptor with no dependencies, no timeout of its own and the plugin order. */
    public static StepDescriptor of(String id, Localized title, URI wikiLink) {
        return new StepDescriptor(id, title, wikiLink, Set.of(), RoutineOrder.PLUGIN, null, Set.of());
    }

    public StepDescriptor withDependsOn(String... ids) {
        return new StepDescriptor(id, title, wikiLink, Set.of(ids), order, timeout, optionalDependsOn);
    }

    /**
     * Runs after these steps when they are present; does not need them (see {@link #optionalDependsOn()}).
     * E.g. G3stor's review runs after {@code mail.triage} when the mail module is configured, and alone when not.
     */
    public StepDescriptor withOptionalDependsOn(String... ids) {
        return new StepDescriptor(id, title, wikiLink, dependsOn, order, timeout, Set.of(ids));
    }

    public StepDescriptor withOrder(int newOrder) {
        return new StepDescriptor(id, title, wikiLink, dependsOn, newOrder, timeout, optionalDependsOn);
    }

    public StepDescriptor withTimeout(Duration newTimeout) {
        return new StepDescriptor(id, title, wikiLink, dependsOn, order, newTimeout, optionalDependsOn);
    }

    /** The module part of the id ({@code mail} for {@code mail.triage}). */
    public String module() {
        return id.substring(0, id.indexOf('.'));
    }
}
