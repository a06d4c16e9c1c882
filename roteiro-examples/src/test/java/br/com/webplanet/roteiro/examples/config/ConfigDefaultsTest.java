package br.com.webplanet.roteiro.examples.config;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.webplanet.roteiro.config.ConfigBinder;
import br.com.webplanet.roteiro.config.ConfigBinding;
import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.RoteiroConfiguration;
import br.com.webplanet.roteiro.examples.LauncherModule;
import br.com.webplanet.roteiro.spi.RoteiroModule;
import com.google.inject.Module;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One place for defaults: for every configuration record of every installed module, the default a
 * file gets ({@code @Default}) is the one docs/configuration.md documents, and the record the Java
 * {@code defaults()} factory builds equals the one a file without the section binds.
 */
class ConfigDefaultsTest {
    private static final Path DOCS = Path.of("..", "docs", "configuration.md");

    private static List<ConfigBinding> bindings() {
        List<Module> modules = new ArrayList<>();
        ServiceLoader.load(RoteiroModule.class).forEach(modules::add);
        modules.add(new LauncherModule());
        return ConfigBinder.bindingsIn(modules);
    }

    /** Each {@code @Default} of {@code type} and its nested records, by dotted kebab-case key (relative to the section). */
    private static void defaults(Class<?> type, String path, Map<String, String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            String key = (path.isEmpty() ? "" : path + ".") + kebab(c.getName());
            Default d = c.getAnnotation(Default.class);
            if (d != null) {
                out.put(key, d.value());
            } else if (c.getType().isRecord()) {
                defaults(c.getType(), key, out);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The documented defaults of one section of docs/configuration.md: key → default cell. */
    private static Map<String, String> documented(String markdown, String section) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher heading = Pattern.compile("(?m)^## `" + Pattern.quote(section) + "`.*$").matcher(markdown);
        if (!heading.find()) {
            return out;
        }
        int end = markdown.indexOf("\n## ", heading.end());
        String body = markdown.substring(heading.end(), end < 0 ? markdown.length() : end);
        Matcher row = Pattern.compile("(?m)^\\| (`[^|]+`) \\| ([^|]*) \\|").matcher(body);
        while (row.find()) {
            Matcher key = Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (key.find()) {
                out.put(key.group(1), row.group(2).strip());
            }
        }
        return out;
    }

    private static String normal(String text) {
        return text.replace("`", "").replace("\"", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void everyDefaultInTheCodeIsTheOneTheDocumentationGives() throws Exception {
        String markdown = Files.readString(DOCS);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ConfigBinding b : bindings()) {
            String section = b.prefix().contains(".") ? b.prefix().substring(0, b.prefix().indexOf('.')) : b.prefix();
            String inner = b.prefix().contains(".") ? b.prefix().substring(b.prefix().indexOf('.') + 1) : "";
            Map<String, String> docs = documented(markdown, section);
            Map<String, String> code = new LinkedHashMap<>();
            defaults(b.type(), inner, code);
            for (Map.Entry<String, String> e : code.entrySet()) {
                String doc = docs.get(e.getKey());
                if (doc == null && e.getKey().contains(".")) {      // a shared record's own table (a mail server's keys)
                    doc = docs.get(e.getKey().substring(e.getKey().lastIndexOf('.') + 1));
                }
                if (doc == null) {
                    wrong.add(section + "." + e.getKey() + ": @Default(\"" + e.getValue() + "\") is not documented");
                } else if (!normal(doc).contains(normal(e.getValue()))) {
                    wrong.add(section + "." + e.getKey() + ": @Default(\"" + e.getValue() + "\") but the docs say " + doc);
                }
                checked++;
            }
        }
        assertThat(checked).as("defaults checked").isGreaterThan(40);
        assertThat(wrong).as("defaults of the code against docs/configuration.md").isEmpty();
    }

    @Test
    void theJavaDefaultsEqualWhatAFileWithoutTheSectionGives() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ConfigBinding b : bindings()) {
            for (Class<?> type : withNested(b.type())) {
                Method factory;
                try {
                    factory = type.getDeclaredMethod("defaults");
                } catch (NoSuchMethodException e) {
                    continue;
                }
                if (!Modifier.isStatic(factory.getModifiers()) || factory.getParameterCount() != 0) {
                    continue;
                }
                factory.setAccessible(true);
                Object java = factory.invoke(null);
                @SuppressWarnings("unchecked")
                Class<? extends Record> record = (Class<? extends Record>) type;
                Object file = RoteiroConfiguration.of(Map.of(), Map.of()).value(record, "s");
                if (!java.equals(file)) {
                    wrong.add(type.getName() + ": defaults() = " + java + " but an empty section gives " + file);
                }
                checked++;
            }
        }
        assertThat(checked).as("records with defaults() checked").isGreaterThan(5);
        assertThat(wrong).isEmpty();
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord() && !all.contains(c.getType())) {
                all.addAll(withNested(c.getType()));
            }
        }
        return all;
    }
}
