package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.model.MailAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section {@code canary} of {@code roteiro.yaml}: the mailbox canary of {@code roteiro watch}. In
 * business hours, every {@code interval}, roteiro mails a signed probe to the support address and
 * checks that intake sees it (never a ticket, never acknowledged) and that its threading headers
 * survive; a probe not seen after {@code timeout} raises the alert {@code canary-missing}.
 *
 * @param enabled  whether to send probes (needs the mail module)
 * @param interval time between probes
 * @param timeout  how long intake has to see a probe
 * @param to       where to send the probe; default: the mail module's {@code from} (the support address)
 */
public record CanaryConfig(@Default("true") boolean enabled, @Default("30m") Duration interval,
                           @Default("15m") Duration timeout, Optional<String> to) implements Validated {
    /** The configuration prefix. */
    public static final String PREFIX = "canary";

    public CanaryConfig {
        interval = interval == null ? Duration.ofMinutes(30) : interval;
        timeout = timeout == null ? Duration.ofMinutes(15) : timeout;
        to = to == null ? Optional.empty() : to.filter(t -> !t.isBlank());
    }

    public static CanaryConfig defaults() {
        return new CanaryConfig(true, null, null, Optional.empty());
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("canary.interval must be at least 1m, was " + interval);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            problems.add("canary.timeout must be positive, was " + timeout);
        }
        to.filter(t -> !MailAddress.isValid(t))
                .ifPresent(t -> problems.add("canary.to: '" + t + "' is not an e-mail address"));
        return problems;
    }
}
