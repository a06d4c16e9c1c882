package br.com.webplanet.roteiro.textura.architects;

import java.util.List;

/**
 * One line of the diff between the sources and the registry.
 *
 * @param kind    what changes
 * @param cau     CAU registration
 * @param name    architect's name
 * @param source  {@code file:line} the values came from (empty for {@link Kind#MISSING})
 * @param changes the fields that differ (every field for {@link Kind#NEW}, none for {@link Kind#MISSING})
 */
public record ArchitectChange(Kind kind, String cau, String name, String source, List<FieldChange> changes) {
    public ArchitectChange {
        changes = List.copyOf(changes);
    }

    /** The kinds of difference. */
    public enum Kind {
        /** Not in the registry: will be registered. */
        NEW,
        /** In the registry with other values: will be updated. */
        CHANGED,
        /** In the registry, in no source (reported only when configured; never deleted). */
        MISSING
    }
}
