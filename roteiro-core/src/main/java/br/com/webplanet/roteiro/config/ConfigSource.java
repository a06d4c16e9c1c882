package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
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
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        for (String p = path; !p.isEmpty(); p = parentOf(p)) {
            Integer line = lines.get(p);
            if (line != null) {
                return name == null ? text.get("at.line", message, line) : text.get("at.fileLine", message, name, line);
            }
        }
        return name == null ? message : text.get("at.file", message, name);
    }

    String unknownKey(String path, Collection<String> valid) {
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        String key = path.substring(path.lastIndexOf('.') + 1);
        String hint = valid.isEmpty() ? text.get("hint.noKeys")
                : Suggestions.nearest(key, valid).map(s -> text.get("hint.didYouMean", s))
                        .orElse(text.get("hint.validKeys", String.join(", ", valid)));
        return at(path, text.get("unknownKey", path, hint));
    }

    String unknownSection(String section, Collection<String> valid) {
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        String hint = Suggestions.nearest(section, valid).map(s -> text.get("hint.didYouMean", s)).orElse("");
        return at(section, text.get("unknownSection", section, hint,
                valid.isEmpty() ? text.get("none") : String.join(", ", valid)));
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
