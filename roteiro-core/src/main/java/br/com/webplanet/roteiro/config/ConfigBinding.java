package br.com.webplanet.roteiro.config;

import java.util.Objects;

/**
 * A configuration record bound to a section of {@code roteiro.yaml}, as registered by
 * {@link ConfigBinder#bindConfig}.
 *
 * @param type   the record class
 * @param prefix the dotted section path, e.g. {@code mail} or {@code textura.architects}
 */
public record ConfigBinding(Class<? extends Record> type, String prefix) {
    public ConfigBinding {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(prefix, "prefix is null");
        if (!prefix.matches("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*")) {
            throw new IllegalArgumentException("config prefix must be dotted names like 'mail' or 'textura.architects', was '"
                    + prefix + "'");
        }
    }
}
