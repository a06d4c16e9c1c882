package br.com.webplanet.roteiro.model;

import java.util.List;
import java.util.Objects;

/**
 * Urgency and impact inferred for a request, with the evidence for each (cues in the text, the
 * customer's contract, configured rules) in words a person can check and overrule. No evidence means
 * the default (média / médio) was kept — and says so.
 */
public record PriorityAssessment(Urgency urgency, Impact impact, List<String> evidence) {
    public PriorityAssessment {
        Objects.requireNonNull(urgency, "urgency is null");
        Objects.requireNonNull(impact, "impact is null");
        evidence = Checks.copy(evidence);
    }

    /** The default when nothing points elsewhere. */
    public static PriorityAssessment standard(String why) {
        return new PriorityAssessment(Urgency.MEDIUM, Impact.MEDIUM, List.of(why));
    }
}
