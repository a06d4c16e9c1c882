package br.com.webplanet.roteiro.examples.simulate;

import java.time.LocalDate;
import java.util.List;

/** A whole simulation: its days and every invariant violation (empty when all held). */
public record SimulationResult(SimulationOptions options, LocalDate firstDay, LocalDate holiday, int population,
                               List<DayRow> rows, List<Violation> violations) {
    public SimulationResult {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    public boolean invariantsHold() {
        return violations.isEmpty();
    }
}
