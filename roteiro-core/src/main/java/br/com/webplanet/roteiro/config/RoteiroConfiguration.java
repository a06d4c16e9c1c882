package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routine's configuration: one YAML file ({@code roteiro.yaml}) with a section per module,
 * each bound to the module's config record ({@link ConfigBinder#bindConfig}).
 *
 * <p>{@link #validate} binds every registered record at once and throws one
 * {@link ConfigurationException} listing every problem: unknown sections and keys (with the nearest
 * valid name), missing required values, values of the wrong type, unset environment variables
 * ({@code ${ENV:NAME}} or {@code ${NAME}}) and the records' own {@link Validated#problems()}.
 * Secret values are known to {@link #redactor()} and never printed ({@link #render()}).
 */
public final class RoteiroConfiguration {
    private static final java.util.regex.Pattern SECRET_KEY =
            java.util.regex.Pattern.compile("(?i).*(password|passwd|secret|token|api[-_]?key|credential).*");

    private final Map<String, Object> tree;
    private final ConfigSource source;
    private final Map<ConfigBinding, Object> values = new ConcurrentHashMap<>();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final Map<String, String> details = new ConcurrentHashMap<>();

    private RoteiroConfiguration(Map<String, Object> tree, ConfigSource source) {
        this.tree = tree;
        this.source = source;
        collectSecretLookingValues(tree, "");
    }

    /** Reads a YAML file; {@code env} resolves {@code ${ENV:NAME}} (usually {@code System.getenv()}). */
    public static RoteiroConfiguration load(Path yamlFile, Map<String, String> env) {
        Objects.requireNonNull(yamlFile, "yamlFile is null");
        Objects.requireNonNull(env, "env is null");
        String name = yamlFile.getFileName() == null ? yamlFile.toString() : yamlFile.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(yamlFile, StandardCharsets.UTF_8)) {
            YamlTree yaml = YamlTree.read(reader);
            return new RoteiroConfiguration(yaml.root, new ConfigSource(name, yaml.lines, env));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigurationException(name, List.of(TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("file.missing",
                    yamlFile.toAbsolutePath())));
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException(name, List.of(TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("file.notYaml", yamlFile,
                    e.getMessage())));
        }
    }

    /** A configuration from a tree of maps, lists and scalars (tests, embedding). */
    public static RoteiroConfiguration of(Map<String, Object> tree, Map<String, String> env) {
        Objects.requireNonNull(tree, "tree is null");
        Objects.requireNonNull(env, "env is null");
        return new RoteiroConfiguration(new LinkedHashMap<>(tree), new ConfigSource(null, Map.of(), env));
    }

    /** No file: every record takes its defaults (and a required value is reported missing). */
    public static RoteiroConfiguration empty() {
        return of(Map.of(), Map.of());
    }

    /**
     * Binds every record from its section and checks that the file has nothing else.
     *
     * @throws ConfigurationException listing all problems found
     */
    public void validate(Collection<ConfigBinding> bindings) {
        validate(bindings, Map.of());
    }

    /**
     * As {@link #validate(Collection)}, adding problems found outside the records (key path → message,
     * e.g. a name in {@code roteiro.modules} no installed module has); each gets the file line of its key.
     *
     * @throws ConfigurationException listing all problems found
     */
    public void validate(Collection<ConfigBinding> bindings, Map<String, String> moreProblems) {
        validate(bindings, moreProblems, Set.of());
    }

    /**
     * As {@link #validate(Collection, Map)}; {@code emptySections} are top-level sections that may be
     * present but must hold no key (the section of a module that has no settings, written to activate it).
     */
    public void validate(Collection<ConfigBinding> bindings, Map<String, String> moreProblems, Set<String> emptySections) {
        Objects.requireNonNull(bindings, "bindings is null");
        Map<String, Set<String>> extraKeys = allowedChildren(bindings);
        for (String section : emptySections) {
            if (!extraKeys.containsKey(section)) {
                extraKeys.get("").add(section);
                extraKeys.put(section, new TreeSet<>());
            }
        }
        List<String> problems = new ArrayList<>();
        moreProblems.forEach((path, message) -> problems.add(source.at(path, message)));
        extraKeys.forEach((path, allowed) -> {
            boolean bound = bindings.stream().anyMatch(b -> b.prefix().equals(path));
            if (!bound && node(path) instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    if (!allowed.contains(String.valueOf(key))) {
                        problems.add(path.isEmpty() ? source.unknownSection(String.valueOf(key), allowed)
                                : source.unknownKey(path + "." + key, kebabAll(allowed)));
                    }
                }
            }
        });
        Map<ConfigBinding, Object> bound = bind(bindings, extraKeys, problems);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        values.putAll(bound);
    }

    /** The record bound at {@code prefix}, binding it now if {@link #validate} has not. */
    public <T extends Record> T value(Class<T> type, String prefix) {
        ConfigBinding binding = new ConfigBinding(type, prefix);
        Object value = values.get(binding);
        if (value == null) {
            List<String> problems = new ArrayList<>();
            value = bind(List.of(binding), allowedChildren(List.of(binding)), problems).get(binding);
            if (!problems.isEmpty()) {
                throw failure(problems);
            }
            values.put(binding, value);
        }
        return type.cast(value);
    }

    /** Binds this configuration ({@link RoteiroConfiguration}) and its {@link Redactor} for injection. */
    public Module module() {
        RoteiroConfiguration self = this;
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(RoteiroConfiguration.class).toInstance(self);
                bind(Redactor.class).toProvider(self::redactor);
            }
        };
    }

    /** A redactor that knows every secret value seen so far (Secret components and secret-looking keys). */
    public Redactor redactor() {
        return Redactor.of(secrets);
    }

    /** The effective configuration as YAML (bound records with their defaults), secrets as {@value Secret#REDACTED}. */
    public String render() {
        Map<String, Object> out = new java.util.TreeMap<>();
        values.forEach((binding, value) -> ConfigRenderer.place(out, binding.prefix(), ConfigRenderer.toTree(value)));
        return redactor().redact(ConfigRenderer.yaml(values.isEmpty() ? ConfigRenderer.redactedRaw(tree, SECRET_KEY) : out));
    }

    /** The top-level sections the file has ({@code mail}, {@code g3stor}, …), in file order. */
    public Set<String> sections() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tree.keySet()));
    }

    /**
     * The texts of the list at {@code path} (dotted, e.g. {@code roteiro.modules}) as written, before
     * binding; empty when the key is absent or not a list (binding reports a wrong type).
     */
    public List<String> rawTexts(String path) {
        return node(path) instanceof List<?> list
                ? list.stream().filter(Objects::nonNull).map(String::valueOf).toList() : List.of();
    }

    /** The file name this configuration came from, or null. */
    public String sourceName() {
        return source.name();
    }

    /**
     * The problems as one exception, each once (two records may share a section, e.g. G3stor's client and
     * steps), secrets (known by now) hidden; the Java names behind each are kept for {@code --verbose}.
     */
    private ConfigurationException failure(List<String> problems) {
        List<String> once = List.copyOf(new LinkedHashSet<>(problems));
        Redactor redactor = redactor();
        return new ConfigurationException(source.name(), once.stream().map(redactor).toList(),
                once.stream().map(p -> details.getOrDefault(p, "")).toList());
    }

    private static Set<String> kebabAll(Collection<String> keys) {
        Set<String> out = new TreeSet<>();
        keys.forEach(k -> out.add(RecordBinder.kebab(k)));
        return out;
    }

    private Map<ConfigBinding, Object> bind(Collection<ConfigBinding> bindings, Map<String, Set<String>> extraKeys,
                                            List<String> problems) {
        Map<ConfigBinding, Object> out = new LinkedHashMap<>();
        RecordBinder binder = new RecordBinder(source, extraKeys, problems, secrets, details);
        for (ConfigBinding b : new LinkedHashSet<>(bindings)) {
            Object node = node(b.prefix());
            if (node != null && !(node instanceof Map)) {
                String problem = source.at(b.prefix(), TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault()).get("sectionNotMap", b.prefix(),
                        RecordBinder.describeValue(node)));
                problems.add(problem);
                details.putIfAbsent(problem, b.type().getName());
                continue;
            }
            Object value = binder.bindRecord(b.type(), node == null ? Map.of() : (Map<?, ?>) node, b.prefix());
            if (value != null) {
                out.put(b, value);
            }
        }
        return out;
    }

    /** For each section path, the child keys other bindings claim (sub-sections and sibling records' components). */
    private static Map<String, Set<String>> allowedChildren(Collection<ConfigBinding> bindings) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("", new TreeSet<>());
        for (ConfigBinding b : bindings) {
            String[] parts = b.prefix().split("\\.");
            String path = "";
            for (String part : parts) {
                allowed.computeIfAbsent(path, k -> new TreeSet<>()).add(part);
                path = RecordBinder.join(path, part);
            }
            Set<String> own = allowed.computeIfAbsent(b.prefix(), k -> new TreeSet<>());
            for (java.lang.reflect.RecordComponent c : b.type().getRecordComponents()) {
                own.add(c.getName());
            }
        }
        return allowed;
    }

    private Object node(String path) {
        Object node = tree;
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    private void collectSecretLookingValues(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectSecretLookingValues(v, String.valueOf(k)));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectSecretLookingValues(v, key));
        } else if (node instanceof String text && SECRET_KEY.matcher(key).matches()) {
            String value = EnvSubstitution.substitute(text, source.env(), name -> { });
            if (value.length() >= 4 && !value.contains("${")) {
                secrets.add(value);
            }
        }
    }
}
