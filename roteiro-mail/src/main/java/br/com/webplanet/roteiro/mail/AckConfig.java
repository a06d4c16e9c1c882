package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import java.time.Duration;

/**
 * Acknowledgements sent when a ticket is opened from mail.
 *
 * @param enabled whether to acknowledge at all
 * @param limit   at most this many automatic replies per address per {@code window} (breaks mail loops)
 * @param window  the rate-limit window
 */
public record AckConfig(@Default("true") boolean enabled, @Default("10") int limit, @Default("3h") Duration window) {
    public AckConfig {
        if (limit < 0) {
            throw new IllegalArgumentException("mail.ack.limit must be >= 0, was " + limit);
        }
        window = window == null ? Duration.ofHours(3) : window;
    }

    public static AckConfig defaults() {
        return new AckConfig(true, 10, Duration.ofHours(3));
    }
}
