package br.com.webplanet.roteiro.config;

import java.util.List;

/**
 * The configuration cannot be used. The message lists every problem found, one per line, each
 * naming the property path, what was expected, the record class and the file line when known.
 * Secret values never appear in it.
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public ConfigurationException(String source, List<String> problems) {
        super(format(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String format(String source, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "the configuration" : source).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" (fix all, then run again):");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(problems.get(i));
        }
        return sb.toString();
    }
}
