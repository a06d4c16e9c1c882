package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds one section of the tree to a record by reflection over its components, adding a problem
 * (path, expected type, record, line) for everything wrong instead of stopping at the first.
 */
final class RecordBinder {
    /** A YAML reader for {@code @Default} values that are maps; loaded only then (it costs start-up time). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private static final java.util.regex.Pattern RULE_KEY =
            java.util.regex.Pattern.compile("([a-z0-9-]+(?:\\.[a-z0-9-]+|\\[\\d+])+)");

    private final ConfigSource source;
    private final Map<String, Set<String>> extraKeys;
    private final List<String> problems;
    private final Set<String> secrets;
    private final Map<String, String> details;

    /**
     * @param details receives, for a problem, the Java names behind it (record, component, type), which
     *                only {@code --verbose} shows: problems themselves use the file's keys only
     */
    RecordBinder(ConfigSource source, Map<String, Set<String>> extraKeys, List<String> problems, Set<String> secrets,
                 Map<String, String> details) {
        this.source = source;
        this.extraKeys = extraKeys;
        this.problems = problems;
        this.secrets = secrets;
        this.details = details;
    }

    private void problem(String text, String detail) {
        problems.add(text);
        details.putIfAbsent(text, detail);
    }

    /** The bound record, or null when a problem was added. */
    Object bindRecord(Class<?> type, Map<?, ?> node, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> valid = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            valid.add(c.getName());
        }
        Set<String> extras = extraKeys.getOrDefault(path, Set.of());
        for (Object key : node.keySet()) {
            String k = String.valueOf(key);
            if (!valid.contains(k) && !valid.contains(camel(k)) && !extras.contains(k) && !extras.contains(camel(k))) {
                Set<String> all = new java.util.TreeSet<>();
                valid.forEach(v -> all.add(kebab(v)));
                extras.forEach(v -> all.add(kebab(v)));
                problem(source.unknownKey(join(path, k), all), type.getName());
            }
        }
        int before = problems.size();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String written = node.containsKey(c.getName()) ? c.getName() : kebab(c.getName());   // as in the file
            String childPath = join(path, written);
            Object raw = node.get(written);
            Default fallback = c.getAnnotation(Default.class);
            if (raw == null && fallback != null) {
                raw = parseDefault(fallback.value(), childPath, type);
            }
            args[i] = raw == null ? absent(c.getGenericType(), childPath, type) : bind(c.getGenericType(), raw, childPath, type);
        }
        if (problems.size() > before) {
            return null;
        }
        return construct(type, types, args, path);
    }

    private Object construct(Class<?> type, Class<?>[] types, Object[] args, String path) {
        Object value;
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            value = ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            problem(source.at(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("invalid", path, e.getCause().getMessage())),
                    type.getName() + ": " + e.getCause());
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct configuration record " + type.getName(), e);
        }
        if (value instanceof Validated v) {
            for (String p : v.problems(java.util.Locale.getDefault())) {
                // A rule that starts with its key ("g3stor.retry.max-backoff must…") is shown as is, at that key's line.
                java.util.regex.Matcher key = RULE_KEY.matcher(p);
                String at = key.lookingAt() && key.group(1).startsWith(path) ? key.group(1) : null;
                problem(at != null ? source.at(at, p) : source.at(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("rule", path, p)),
                        type.getName() + ".problems()");
            }
        }
        return value;
    }

    private Object absent(Type type, String path, Class<?> owner) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            return Optional.empty();
        } else if (raw == List.class || raw == Collection.class) {
            return List.of();
        } else if (raw == Set.class) {
            return Set.of();
        } else if (raw == Map.class) {
            return Map.of();
        } else if (raw.isRecord()) {
            return bindRecord(raw, Map.of(), path);
        }
        problem(source.at(parent(path), TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("missing", path, ValueConverter.describe(raw))),
                owner.getName() + " component of type " + type.getTypeName() + " has no @Default");
        return null;
    }

    private Object bind(Type type, Object raw, String path, Class<?> owner) {
        Class<?> cls = rawClass(type);
        Type[] args = type instanceof ParameterizedType pt ? pt.getActualTypeArguments() : new Type[0];
        if (cls == Optional.class) {
            return Optional.ofNullable(bind(args[0], raw, path, owner));
        }
        if (cls == List.class || cls == Collection.class || cls == Set.class) {
            if (!(raw instanceof List<?> list)) {
                return mismatch(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("type.list"), raw, owner, type);
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                String p = path + "[" + i + "]";
                out.add(element == null ? absent(args[0], p, owner) : bind(args[0], element, p, owner));
            }
            return out.contains(null) ? null : cls == Set.class ? Set.copyOf(out) : List.copyOf(out);
        }
        if (cls == Map.class) {
            if (!(raw instanceof Map<?, ?> map)) {
                return mismatch(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("type.map"), raw, owner, type);
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String p = join(path, String.valueOf(e.getKey()));
                Object key = leaf(rawClass(args[0]), String.valueOf(e.getKey()), p, owner);
                Object value = e.getValue() == null ? absent(args[1], p, owner) : bind(args[1], e.getValue(), p, owner);
                if (key != null && value != null) {
                    out.put(key, value);
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        if (cls.isRecord()) {
            if (!(raw instanceof Map<?, ?> map)) {
                return mismatch(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("type.section", String.join(", ",
                        java.util.Arrays.stream(cls.getRecordComponents()).map(c -> kebab(c.getName())).toList())),
                        raw, owner, type);
            }
            return bindRecord(cls, map, path);
        }
        return leaf(cls, raw, path, owner);
    }

    private Object leaf(Class<?> cls, Object raw, String path, Class<?> owner) {
        Object value = raw;
        if (raw instanceof String text) {
            int before = problems.size();
            value = EnvSubstitution.substitute(text, source.env(), name -> problems.add(source.at(path,
                    TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("envUnset", path, name))));
            if (problems.size() > before) {
                return null;
            }
        }
        try {
            Object converted = ValueConverter.convert(cls, value);
            if (converted instanceof Secret s && !s.isEmpty()) {
                secrets.add(s.reveal());
            }
            return converted;
        } catch (ValueConverter.Mismatch e) {
            return mismatch(path, e.getMessage(), value, owner, e.type());
        }
    }

    private Object mismatch(String path, String expected, Object raw, Class<?> owner, Type type) {
        problem(source.at(path, TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("mismatch", path, expected, describeValue(raw))),
                owner.getName() + " expects " + type.getTypeName());
        return null;
    }

    private Object parseDefault(String text, String path, Class<?> owner) {
        if (text.isEmpty()) {
            return "";
        }
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return text;                     // a scalar: converted from its text like a value in the file
        }
        if (t.startsWith("[") && t.endsWith("]") && !t.substring(1).contains("[") && !t.contains("{")) {
            String inner = t.substring(1, t.length() - 1).strip();
            if (inner.isEmpty()) {
                return List.of();
            }
            List<Object> items = new ArrayList<>();
            for (String item : inner.split(",")) {
                String v = item.strip();
                items.add(v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                        ? v.substring(1, v.length() - 1) : v);
            }
            return items;                    // a flat list, as YAML's flow style
        }
        try {
            return Yaml.MAPPER.readValue(text, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("@Default(\"" + text + "\") of " + owner.getName() + " ('" + path
                    + "') is not a YAML value", e);
        }
    }

    static String describeValue(Object raw) {
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        if (raw instanceof Map) {
            return text.get("value.section");
        } else if (raw instanceof List) {
            return text.get("value.list");
        } else if (raw instanceof String s) {
            return text.get("value.text", s.length() > 40 ? s.substring(0, 40) + "…" : s);
        } else if (raw instanceof Number) {
            return text.get("value.number", String.valueOf(raw));
        } else if (raw instanceof Boolean) {
            return text.get("value.boolean", raw);
        }
        return text.get("value.other");
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType pt) {
            return (Class<?>) pt.getRawType();
        }
        throw new IllegalStateException("unsupported configuration type " + type + ": use concrete types");
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String camel(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
