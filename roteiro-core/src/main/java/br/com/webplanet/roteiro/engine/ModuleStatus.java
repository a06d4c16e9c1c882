package br.com.webplanet.roteiro.engine;

import java.util.Objects;

/**
 * Whether an installed module runs in this routine.
 *
 * @param name   the module's {@code name()}, which is also its configuration section
 * @param active whether it is wired and its steps run
 * @param why    how that was decided
 */
public record ModuleStatus(String name, boolean active, Why why) {
    /** How a module's activity was decided. */
    public enum Why {
        /** The application named it ({@code withModules}). */
        GIVEN,
        /** The configuration has its section. */
        SECTION,
        /** {@code roteiro.modules} lists it. */
        LISTED,
        /** It has no settings to give. */
        NO_SETTINGS,
        /** Found on the class path, but the configuration neither has its section nor lists it. */
        NOT_CONFIGURED
    }

    public ModuleStatus {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(why, "why is null");
    }
}
