package br.com.webplanet.roteiro.g3stor;

import br.com.webplanet.roteiro.config.Default;
import java.time.Duration;

/**
 * Rules of step 6 ({@code g3stor.waiting-customers}).
 *
 * @param warning        business time before the SLA deadline from which a ticket is flagged at risk
 * @param silenceLimit   business time without a word from us after which the customer gets a status update
 * @param statusUpdates  send those status updates (else they are listed as human tasks)
 * @param top            queue entries shown in the summary
 */
public record WaitingRules(@Default("4h") Duration warning, @Default("16h") Duration silenceLimit,
                           @Default("true") boolean statusUpdates, @Default("10") int top) {
    public WaitingRules {
        warning = warning == null ? Duration.ofHours(4) : warning;
        silenceLimit = silenceLimit == null ? Duration.ofHours(16) : silenceLimit;
        top = top <= 0 ? 10 : top;
    }

    public static WaitingRules defaults() {
        return new WaitingRules(null, null, true, 10);
    }
}
