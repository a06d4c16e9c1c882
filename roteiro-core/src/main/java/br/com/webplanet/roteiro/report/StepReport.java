package br.com.webplanet.roteiro.report;

import br.com.webplanet.roteiro.model.Localized;
import br.com.webplanet.roteiro.spi.ActionRecord;
import br.com.webplanet.roteiro.spi.HumanTask;
import br.com.webplanet.roteiro.spi.StepResult;
import br.com.webplanet.roteiro.spi.StepStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step's line in the daily report.
 *
 * @param stepId     e.g. {@code mail.triage}
 * @param module     the plugin module that bound it (e.g. {@code mail})
 * @param title      localized title
 * @param wikiLink   how to do it by hand, or null
 * @param order      place in the routine
 * @param status     how it ended
 * @param summary    pt-BR summary
 * @param counts     counters
 * @param actions    effects made or planned
 * @param humanTasks what a person must still do
 * @param details    structured extras (e.g. {@code queue})
 * @param error      why it failed or was skipped, or null
 * @param duration   how long it ran
 */
public record StepReport(String stepId, String module, Localized title, URI wikiLink, int order, StepStatus status,
                         String summary, Map<String, Long> counts, List<ActionRecord> actions,
                         List<HumanTask> humanTasks, Map<String, Object> details, StepError error,
                         Duration duration) {
    public StepReport {
        Objects.requireNonNull(stepId, "stepId is null");
        Objects.requireNonNull(status, "status is null");
        summary = summary == null ? "" : summary;
        counts = counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        actions = actions == null ? List.of() : List.copyOf(actions);
        humanTasks = humanTasks == null ? List.of() : List.copyOf(humanTasks);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        duration = duration == null ? Duration.ZERO : duration;
    }

    /**
     * A typed detail (e.g. {@code detail(WaitingQueueDetail.class)}), from a live run or from a report read
     * back from JSON alike; empty when the step reported none.
     *
     * @throws IllegalArgumentException for a type that is not a known step detail
     */
    public <T> java.util.Optional<T> detail(Class<T> type) {
        return StepDetails.read(details, type);
    }

    /** The step's own result, as it reported it. */
    public StepResult result() {
        return new StepResult(status, summary, counts, actions, humanTasks, details);
    }
}
