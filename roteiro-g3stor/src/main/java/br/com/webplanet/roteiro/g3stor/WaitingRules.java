package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.model.Impact;
import br.com.webplanet.roteiro.model.Priority;
import br.com.webplanet.roteiro.model.Urgency;
import br.com.webplanet.roteiro.sla.PriorityMatrix;
import br.com.webplanet.roteiro.sla.SlaPolicy;
import br.com.webplanet.roteiro.sla.SlaTargets;
import java.time.Duration;
import java.util.Map;

/**
 * Rules of step 6 ({@code g3stor.waiting-customers}).
 *
 * @param warning        business time before the SLA deadline from which a ticket is flagged at risk
 * @param silenceLimit   business time without a word from us after which the customer gets a status update
 * @param statusUpdates  send those status updates (else they are listed as human tasks)
 * @param top            queue entries shown in the summary
 * @param priorities     cells of the urgency × impact matrix that differ from GLPI's default
 *                       (urgency → impact → priority)
 * @param slaTargets     SLA targets that differ from the defaults, by priority
 *                       ({@code first-response}, {@code update}, {@code resolution}; business time)
 */
public record WaitingRules(@Default("4h") Duration warning, @Default("16h") Duration silenceLimit,
                           @Default("true") boolean statusUpdates, @Default("10") int top,
                           Map<Urgency, Map<Impact, Priority>> priorities, Map<Priority, SlaTargets> slaTargets) {
    public WaitingRules {
        warning = warning == null ? Duration.ofHours(4) : warning;
        silenceLimit = silenceLimit == null ? Duration.ofHours(16) : silenceLimit;
        top = top <= 0 ? 10 : top;
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
        slaTargets = slaTargets == null ? Map.of() : Map.copyOf(slaTargets);
    }

    public static WaitingRules defaults() {
        return new WaitingRules(null, null, true, 10, null, null);
    }

    public PriorityMatrix matrix() {
        return PriorityMatrix.of(priorities);
    }

    public SlaPolicy policy() {
        return SlaPolicy.of(slaTargets);
    }
}
