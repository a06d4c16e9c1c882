package br.com.webplanet.roteiro.config;

import java.util.Collection;
import java.util.Map;

/** Where the configuration came from: file name, line of each property, environment. Formats problems. */
final class ConfigSource {
    private final String name;
    private final Map<String, Integer> lines;
    private final Map<String, String> env;

    ConfigSource(String name, Map<String, Integer> lines, Map<String, String> env) {
        this.name = name;
        this.lines = Map.copyOf(lines);
        this.env = Map.copyOf(env);
    }

    /** The file name, or null for a configuration built in code. */
    String name() {
        return name;
    }

    Map<String, String> env() {
        return env;
    }

    /** The message followed by the file and line of {@code path} (or of its nearest ancestor in the file). */
    String at(String path, String message) {
        for (String p = path; !p.isEmpty(); p = parentOf(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return message + " [" + (name == null ? "line " : name + ", line ") + line + "]";
            }
        }
        return name == null ? message : message + " [" + name + "]";
    }

    String unknownKey(String path, Collection<String> valid, Class<?> type) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        String hint = Suggestions.nearest(key, valid).map(s -> " — did you mean '" + s + "'?")
                .orElse(" — valid keys: " + String.join(", ", valid));
        return at(path, "unknown key '" + path + "'" + hint + " (" + (type == null ? "section" : type.getName())
                + "; remove it or fix its name)");
    }

    String unknownSection(String section, Collection<String> valid) {
        String hint = Suggestions.nearest(section, valid).map(s -> " — did you mean '" + s + "'?").orElse("");
        return at(section, "unknown section '" + section + "'" + hint + " (sections of the installed modules: "
                + (valid.isEmpty() ? "none" : String.join(", ", valid)) + "; remove it or install its module)");
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
