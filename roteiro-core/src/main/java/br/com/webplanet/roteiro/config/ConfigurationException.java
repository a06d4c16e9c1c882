package br.com.webplanet.roteiro.config;

import br.com.webplanet.roteiro.model.TextBundle;
import java.util.ArrayList;
import java.util.List;

/**
 * The configuration cannot be used. The message lists every problem found, one per line, each
 * naming the key as written in the file ({@code g3stor.base-url}), what was expected, how to fix it
 * and the file line when known, in pt-BR (English for an English default locale). Java names (the
 * record, its component, the type) are only in {@link #verboseMessage()}. Secret values never
 * appear in either.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;
    private final transient List<String> details;
    private final String source;

    public ConfigurationException(String source, List<String> problems) {
        this(source, problems, List.of());
    }

    /**
     * @param details per problem (same order; may be shorter), the Java names behind it, for {@code --verbose}
     */
    public ConfigurationException(String source, List<String> problems, List<String> details) {
        super(format(source, problems, List.of()));
        this.source = source;
        this.problems = List.copyOf(problems);
        this.details = List.copyOf(details);
    }

    /** Each problem, in the order found. */
    public List<String> problems() {
        return problems;
    }

    /** The message with, after each problem, the Java record, component and type behind it (for developers). */
    public String verboseMessage() {
        return format(source, problems, details);
    }

    private static String format(String source, List<String> problems, List<String> details) {
        TextBundle text = TextBundle.of(Validated.class, "messages", java.util.Locale.getDefault());
        StringBuilder sb = new StringBuilder(text.get("header", source == null ? text.get("source.none") : source,
                problems.size()));
        List<String> more = new ArrayList<>(details);
        for (int i = 0; i < problems.size(); i++) {
            sb.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(problems.get(i));
            if (i < more.size() && !more.get(i).isEmpty()) {
                sb.append(System.lineSeparator()).append("     (").append(more.get(i)).append(')');
            }
        }
        return sb.toString();
    }
}
