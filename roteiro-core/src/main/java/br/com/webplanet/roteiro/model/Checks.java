package br.com.webplanet.roteiro.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the model's records; messages state the rule that was broken. */
public final class Checks {
    private Checks() {}

    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public static String requireSingleLine(String value, String name) {
        if (value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException(name + " must be a single line (no CR or LF)");
        }
        return value;
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static <T> Set<T> copy(Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set);
    }

    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    public static <T extends Collection<?>> T requireNonEmpty(T values, String name) {
        Objects.requireNonNull(values, name + " is null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return values;
    }
}
