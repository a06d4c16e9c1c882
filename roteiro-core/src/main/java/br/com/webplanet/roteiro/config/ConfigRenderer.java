package br.com.webplanet.roteiro.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns bound records back into a YAML tree for {@code roteiro config check}; secrets become [REDACTED]. */
final class ConfigRenderer {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private ConfigRenderer() {}

    static Object toTree(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Secret) {
            return Secret.REDACTED;
        } else if (value instanceof Optional<?> o) {
            return o.map(ConfigRenderer::toTree).orElse(null);
        } else if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    out.put(RecordBinder.kebab(c.getName()), toTree(c.getAccessor().invoke(r)));   // as the file writes it
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c + " of " + r.getClass().getName(), e);
                }
            }
            return out;
        } else if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(v -> out.add(toTree(v)));
            return out;
        } else if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toTree(v)));
            return out;
        } else if (value instanceof java.time.Duration d) {
            return duration(d);
        } else if (value instanceof java.time.MonthDay md) {
            return String.format("%02d-%02d", md.getMonthValue(), md.getDayOfMonth());   // as the file writes it
        } else if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    /** A duration as the file writes it: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 1h30m}. */
    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0s";
        }
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder out = new StringBuilder();
        long[] sizes = {86400, 3600, 60, 1};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (s >= sizes[i]) {
                out.append(s / sizes[i]).append(units[i]);
                s %= sizes[i];
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    static void place(Map<String, Object> root, String prefix, Object value) {
        String[] parts = prefix.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        Object existing = node.get(parts[parts.length - 1]);
        if (existing instanceof Map<?, ?> sub && value instanceof Map<?, ?> v) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) v);
            merged.putAll((Map<String, Object>) sub);
            node.put(parts[parts.length - 1], merged);
        } else {
            node.put(parts[parts.length - 1], value);
        }
    }

    /** The raw tree with the values of secret-looking keys replaced. */
    static Object redactedRaw(Object node, Pattern secretKey) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), secretKey.matcher(String.valueOf(k)).matches()
                    && !(v instanceof Map) && !(v instanceof List) ? Secret.REDACTED : redactedRaw(v, secretKey)));
            return out;
        } else if (node instanceof List<?> l) {
            return l.stream().map(v -> redactedRaw(v, secretKey)).toList();
        }
        return node;
    }

    static String yaml(Object tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the configuration as YAML", e);
        }
    }
}
