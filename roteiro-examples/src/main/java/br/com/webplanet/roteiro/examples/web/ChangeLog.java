package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.spi.Journal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every change made on the web page, with who made it, in the journal (topic
 * {@code web.changes:<date>}): the trail a team lead reads to know who acknowledged or closed what.
 */
public final class ChangeLog {
    private final Journal journal;
    private final Clock clock;
    private final ZoneId zone;

    /** One change. */
    public record Change(String who, String what, String target, Instant at) {}

    public ChangeLog(Journal journal, Clock clock, ZoneId zone) {
        this.journal = Objects.requireNonNull(journal, "journal is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.zone = Objects.requireNonNull(zone, "zone is null");
    }

    public void record(String who, String what, String target) {
        Instant now = clock.instant();
        journal.record(topic(LocalDate.ofInstant(now, zone)), now + " " + UUID.randomUUID(),
                new Change(who, what, target, now));
    }

    /** Changes of {@code date}, in the order made. */
    public List<Change> of(LocalDate date) {
        return List.copyOf(journal.records(topic(date), Change.class).values());
    }

    private static String topic(LocalDate date) {
        return "web.changes:" + date;
    }
}
