package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.spi.StepStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the routine did and what is left for people, step by step in routine order.
 * Rendered as JSON and Markdown here, HTML by the launcher; kept in the journal so a past day can
 * be rendered again.
 */
public record DailyReport(String runId, LocalDate runDate, Instant startedAt, Instant finishedAt, boolean dryRun,
                          List<StepReport> steps) {
    public DailyReport {
        Objects.requireNonNull(runId, "runId is null");
        Objects.requireNonNull(runDate, "runDate is null");
        Objects.requireNonNull(startedAt, "startedAt is null");
        Objects.requireNonNull(finishedAt, "finishedAt is null");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** Process exit code: 0 all done, 1 something needs attention, 2 a step failed. */
    public int exitCode() {
        if (steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
            return 2;
        }
        boolean attention = steps.stream().anyMatch(s -> s.status() == StepStatus.NEEDS_ATTENTION
                || s.status() == StepStatus.SKIPPED || !s.humanTasks().isEmpty());
        return attention ? 1 : 0;
    }

    public long count(StepStatus status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }
}
