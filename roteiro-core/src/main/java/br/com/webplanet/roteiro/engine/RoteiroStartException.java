package br.com.webplanet.roteiro.engine;

import java.util.List;

/**
 * Roteiro cannot start: its message lists every problem found (steps that cannot be ordered,
 * unknown step ids in a selection, modules that bind wrongly, configuration mistakes), one per line.
 */
public final class RoteiroStartException extends RuntimeException {
    private final List<String> problems;

    public RoteiroStartException(String message, List<String> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    static RoteiroStartException of(String what, List<String> problems) {
        return of(what, problems, null);
    }

    static RoteiroStartException of(String what, List<String> problems, Throwable cause) {
        StringBuilder text = new StringBuilder("roteiro cannot start: ").append(what).append(" (")
                .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
        problems.forEach(p -> text.append("\n  - ").append(p));
        return new RoteiroStartException(text.toString(), problems, cause);
    }

    /** Each problem, as listed in the message. */
    public List<String> problems() {
        return problems;
    }
}
