package br.com.webplanet.roteiro.config;

import java.util.Objects;

/**
 * A password or token from configuration. It prints as {@code [REDACTED]} everywhere
 * ({@link #toString()}, JSON, logs, reports); only {@link #reveal()} gives the value, to the
 * code that authenticates.
 */
public final class Secret {
    public static final String REDACTED = "[REDACTED]";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret value is null");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return REDACTED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
