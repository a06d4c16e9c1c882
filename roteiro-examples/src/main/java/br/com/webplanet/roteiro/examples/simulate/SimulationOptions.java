package br.com.webplanet.roteiro.examples.simulate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What to simulate.
 *
 * @param days      business days to run (the routine runs once each morning)
 * @param seed      seed of every random choice: the same seed gives the same month
 * @param start     first calendar day (business days are counted from it)
 * @param customers size of the population (at most 16 companies, plus two people who are not customers)
 * @param dir       where the journal, reports and configuration go
 * @param overrides configuration values replaced in the generated {@code roteiro.yaml}, by dotted path
 *                  ({@code g3stor.waiting.status-updates: false}): how a test switches a rule off
 */
public record SimulationOptions(int days, long seed, LocalDate start, int customers, Path dir,
                                Map<String, Object> overrides) {
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 10, 19);

    public SimulationOptions {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, was " + days);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("customers must be >= 1, was " + customers);
        }
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(dir, "dir is null");
        overrides = Map.copyOf(overrides);
    }

    public static SimulationOptions of(int days, long seed, Path dir) {
        return new SimulationOptions(days, seed, DEFAULT_START, 12, dir, Map.of());
    }

    public SimulationOptions withOverride(String path, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(overrides);
        more.put(path, value);
        return new SimulationOptions(days, seed, start, customers, dir, more);
    }
}
