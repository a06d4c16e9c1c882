package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.spi.Journal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Budgets of automatic replies per {@link AckConfig#window()}, counted across runs in journal checkpoints:
 * at most {@link AckConfig#limit()} per address (breaks loops with other robots), {@link AckConfig#domainLimit()}
 * per recipient domain and {@link AckConfig#globalLimit()} in all (forged senders cannot turn our domain
 * into a source of backscatter).
 */
final class AckRateLimiter {
    private static final String GLOBAL = "mail:ack-rate:*";
    private final AckConfig config;
    private final Journal journal;

    AckRateLimiter(AckConfig config, Journal journal) {
        this.config = config;
        this.journal = journal;
    }

    boolean allows(MailAddress to, Instant now) {
        return refusal(to, now).isEmpty();
    }

    /** Which budget is exhausted (pt-BR, for the evidence), or empty when an acknowledgement may go. */
    Optional<String> refusal(MailAddress to, Instant now) {
        if (recent(key(to), now).size() >= config.limit()) {
            return Optional.of("limite de " + config.limit() + " confirmação(ões) por endereço em " + config.window()
                    + " atingido para " + to.normalized());
        }
        if (recent(domainKey(to), now).size() >= config.domainLimit()) {
            return Optional.of("limite de " + config.domainLimit() + " confirmação(ões) por domínio em "
                    + config.window() + " atingido para " + to.domain());
        }
        if (recent(GLOBAL, now).size() >= config.globalLimit()) {
            return Optional.of("limite global de " + config.globalLimit() + " confirmação(ões) em " + config.window()
                    + " atingido");
        }
        return Optional.empty();
    }

    void sent(MailAddress to, Instant now) {
        for (String key : List.of(key(to), domainKey(to), GLOBAL)) {
            List<Long> times = recent(key, now);
            times.add(now.getEpochSecond());
            journal.checkpoint(key).put(times.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private List<Long> recent(String key, Instant now) {
        long since = now.minus(config.window()).getEpochSecond();
        List<Long> out = new ArrayList<>();
        journal.checkpoint(key).get().ifPresent(v -> Arrays.stream(v.split(","))
                .filter(s -> !s.isBlank()).map(Long::parseLong).filter(t -> t > since).forEach(out::add));
        return out;
    }

    private static String key(MailAddress to) {
        return "mail:ack-rate:" + to.normalized();
    }

    private static String domainKey(MailAddress to) {
        return "mail:ack-rate:@" + to.domain().toLowerCase(java.util.Locale.ROOT);
    }
}
