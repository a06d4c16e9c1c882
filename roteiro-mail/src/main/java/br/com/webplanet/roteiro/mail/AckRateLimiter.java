package br.com.webplanet.roteiro.mail;

import br.com.webplanet.roteiro.model.MailAddress;
import br.com.webplanet.roteiro.spi.Journal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * At most {@link AckConfig#limit()} automatic replies per address per {@link AckConfig#window()}, counted
 * across runs in a journal checkpoint per address; breaks loops with other robots.
 */
final class AckRateLimiter {
    private final AckConfig config;
    private final Journal journal;

    AckRateLimiter(AckConfig config, Journal journal) {
        this.config = config;
        this.journal = journal;
    }

    boolean allows(MailAddress to, Instant now) {
        return recent(to, now).size() < config.limit();
    }

    void sent(MailAddress to, Instant now) {
        List<Long> times = recent(to, now);
        times.add(now.getEpochSecond());
        journal.checkpoint(key(to)).put(times.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private List<Long> recent(MailAddress to, Instant now) {
        long since = now.minus(config.window()).getEpochSecond();
        List<Long> out = new ArrayList<>();
        journal.checkpoint(key(to)).get().ifPresent(v -> Arrays.stream(v.split(","))
                .filter(s -> !s.isBlank()).map(Long::parseLong).filter(t -> t > since).forEach(out::add));
        return out;
    }

    private static String key(MailAddress to) {
        return "mail:ack-rate:" + to.normalized();
    }
}
