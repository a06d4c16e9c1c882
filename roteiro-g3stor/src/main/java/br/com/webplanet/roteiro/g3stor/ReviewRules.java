package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.model.AttendanceOutcome;
import java.util.Set;

/**
 * Rules of step 2 ({@code g3stor.review-yesterday}).
 *
 * @param outcomes     attendance outcomes that need a ticket when none was opened
 * @param mailDecisions also open tickets for mail that intake (step 1) decided needs one but left without
 * @param tag          tag put on the tickets this step opens
 */
public record ReviewRules(@Default("[UNRESOLVED, FOLLOW_UP, REQUEST]") Set<AttendanceOutcome> outcomes,
                          @Default("true") boolean mailDecisions, @Default("revisao") String tag) {
    public ReviewRules {
        outcomes = outcomes == null ? Set.of(AttendanceOutcome.UNRESOLVED, AttendanceOutcome.FOLLOW_UP,
                AttendanceOutcome.REQUEST) : Set.copyOf(outcomes);
        tag = tag == null || tag.isBlank() ? "revisao" : tag;
    }

    public static ReviewRules defaults() {
        return new ReviewRules(null, true, null);
    }
}
