package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.config.Default;
import br.com.webplanet.roteiro.config.Validated;
import br.com.webplanet.roteiro.model.MailAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section {@code alerts} of {@code roteiro.yaml}: what {@code roteiro watch} tells the team during
 * the day (SLA at risk or breached, canary missing, a step failing, intake stalled, a server down).
 * Each cause is sent once (journaled), so a restart does not repeat it.
 *
 * @param mailTo          who receives alert mails (needs the mail module); empty: no mail
 * @param webhook         a URL that receives each alert as a JSON POST ({@code {"text": …}}, which chat tools accept)
 * @param slaRiskUnder    a ticket whose time to breach is under this is "at risk"
 * @param intakeStalledAfter intake is "stalled" when no intake succeeded for this long in business hours
 */
public record AlertsConfig(List<String> mailTo, Optional<URI> webhook, @Default("1h") Duration slaRiskUnder,
                           @Default("1h") Duration intakeStalledAfter) implements Validated {
    /** The configuration prefix. */
    public static final String PREFIX = "alerts";

    public AlertsConfig {
        mailTo = mailTo == null ? List.of() : List.copyOf(mailTo);
        webhook = webhook == null ? Optional.empty() : webhook;
        slaRiskUnder = slaRiskUnder == null ? Duration.ofHours(1) : slaRiskUnder;
        intakeStalledAfter = intakeStalledAfter == null ? Duration.ofHours(1) : intakeStalledAfter;
    }

    public static AlertsConfig defaults() {
        return new AlertsConfig(null, Optional.empty(), null, null);
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String address : mailTo) {
            if (!MailAddress.isValid(address)) {
                problems.add("alerts.mail-to: '" + address + "' is not an e-mail address");
            }
        }
        webhook.filter(u -> !"https".equals(u.getScheme()) && !"http".equals(u.getScheme()))
                .ifPresent(u -> problems.add("alerts.webhook: '" + u + "' must be an http(s) URL"));
        if (intakeStalledAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("alerts.intake-stalled-after must be at least 1m, was " + intakeStalledAfter);
        }
        return problems;
    }
}
