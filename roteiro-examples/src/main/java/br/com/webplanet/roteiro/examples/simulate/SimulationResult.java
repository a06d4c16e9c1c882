package br.com.webplanet.roteiro.examples.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A whole simulation: its days, every invariant violation (empty when all held) and how many mails of
 * each kind reached support ({@code REQUEST}, {@code REPLY}, {@code AFTER_DONE}, {@code CHASE},
 * {@code OUT_OF_OFFICE}, {@code BOUNCE}) and how many issues step 7 created at the local GitHub.
 */
public record SimulationResult(SimulationOptions options, LocalDate firstDay, LocalDate holiday, int population,
                               List<DayRow> rows, List<Violation> violations, Map<String, Long> mailKinds,
                               int issuesCreated) {
    public SimulationResult {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
        mailKinds = Map.copyOf(mailKinds);
    }

    /** Morning runs in which a step failed (a step failure is not an invariant, but the table shows it). */
    public List<String> failedSteps() {
        return rows.stream().flatMap(r -> r.failedSteps().stream().map(f -> r.date() + " " + f)).toList();
    }

    public boolean invariantsHold() {
        return violations.isEmpty();
    }
}
