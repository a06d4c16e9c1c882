package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.config.Default;
import java.time.Duration;

/**
 * How {@link MailboxWatcher} watches the first intake folder all day.
 *
 * @param pollInterval how often to look for new mail when the server has no IDLE
 * @param idleRenew    how often IDLE is renewed (servers drop idle clients after ~10–29 minutes)
 * @param maxBackoff   longest wait between reconnect attempts
 * @param idle         use IMAP IDLE when the server offers it ({@code false}: always poll)
 */
public record WatchConfig(@Default("60s") Duration pollInterval, @Default("9m") Duration idleRenew,
                          @Default("5m") Duration maxBackoff, @Default("true") boolean idle) {
    public WatchConfig {
        pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
        idleRenew = idleRenew == null ? Duration.ofMinutes(9) : idleRenew;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
    }

    public static WatchConfig defaults() {
        return new WatchConfig(null, null, null, true);
    }
}
