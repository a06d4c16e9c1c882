package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import java.time.Duration;

/**
 * Acknowledgements sent when a ticket is opened from mail.
 *
 * @param enabled           whether to acknowledge at all
 * @param limit             at most this many automatic replies per address per {@code window} (breaks mail loops)
 * @param window            the rate-limit window (for every budget below too)
 * @param domainLimit       at most this many per recipient domain per {@code window} (YAML {@code domain-limit},
 *                          default 30): forged senders of one domain cannot make us a spam source
 * @param globalLimit       at most this many in all per {@code window} (YAML {@code global-limit}, default 200)
 * @param skipWhenAuthFails no acknowledgement when our receiving server's {@code Authentication-Results} says
 *                          SPF or DMARC failed for the sender (YAML {@code skip-when-auth-fails}, default true);
 *                          the ticket is opened all the same and the reason recorded as evidence
 */
public record AckConfig(@Default("true") boolean enabled, @Default("10") int limit, @Default("3h") Duration window,
                        @Default("30") int domainLimit, @Default("200") int globalLimit,
                        @Default("true") boolean skipWhenAuthFails) {
    public AckConfig {
        if (limit < 0 || domainLimit < 0 || globalLimit < 0) {
            throw new IllegalArgumentException(Validated.inEnglish()
                    ? "mail.ack.limit, domain-limit and global-limit must be >= 0, were " + limit + "/" + domainLimit + "/"
                    + globalLimit
                    : "mail.ack.limit, domain-limit e global-limit devem ser >= 0 (estão " + limit + "/" + domainLimit + "/"
                    + globalLimit + ")");
        }
        window = window == null ? Duration.ofHours(3) : window;
    }

    /** Per-address limit and window only; the domain and global budgets and the SPF/DMARC rule at their defaults. */
    public AckConfig(boolean enabled, int limit, Duration window) {
        this(enabled, limit, window, 30, 200, true);
    }

    public static AckConfig defaults() {
        return new AckConfig(true, 10, Duration.ofHours(3));
    }
}
