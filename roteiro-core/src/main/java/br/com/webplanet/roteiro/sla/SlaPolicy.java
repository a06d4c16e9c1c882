package br.com.webplanet.roteiro.sla;

import br.com.webplanet.roteiro.model.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SLA targets per priority and the arithmetic on them: deadlines and time to breach in business
 * time, with the clock stopped while the ticket waits on the customer ({@link Pause}).
 *
 * <p>Defaults (business time; a working day is 10 h with the default calendar):
 * <table>
 *   <caption>Default targets</caption>
 *   <tr><th>priority</th><th>first response</th><th>update</th><th>resolution</th></tr>
 *   <tr><td>MAJOR</td><td>30 min</td><td>2 h</td><td>4 h</td></tr>
 *   <tr><td>VERY_HIGH</td><td>1 h</td><td>4 h</td><td>8 h</td></tr>
 *   <tr><td>HIGH</td><td>2 h</td><td>8 h</td><td>20 h</td></tr>
 *   <tr><td>MEDIUM</td><td>4 h</td><td>16 h</td><td>40 h</td></tr>
 *   <tr><td>LOW</td><td>8 h</td><td>24 h</td><td>80 h</td></tr>
 *   <tr><td>VERY_LOW</td><td>16 h</td><td>40 h</td><td>120 h</td></tr>
 * </table>
 */
public final class SlaPolicy {
    private static final SlaPolicy DEFAULTS = new SlaPolicy(defaultTargets());

    private final Map<Priority, SlaTargets> targets;

    private SlaPolicy(Map<Priority, SlaTargets> targets) {
        this.targets = java.util.Collections.unmodifiableMap(new EnumMap<>(targets));
    }

    public static SlaPolicy defaults() {
        return DEFAULTS;
    }

    /** The default targets with the given priorities replaced. */
    public static SlaPolicy of(Map<Priority, SlaTargets> overrides) {
        Objects.requireNonNull(overrides, "overrides is null");
        Map<Priority, SlaTargets> all = defaultTargets();
        overrides.forEach((p, t) -> all.put(Objects.requireNonNull(p, "priority is null"),
                Objects.requireNonNull(t, "targets of " + p + " are null")));
        return new SlaPolicy(all);
    }

    public SlaTargets targets(Priority priority) {
        return targets.get(Objects.requireNonNull(priority, "priority is null"));
    }

    /**
     * When {@code target} of business time will have run from {@code start}, not counting the
     * business time inside {@code pauses}. Pauses before {@code start} are ignored, overlapping
     * ones merged. An open pause stops the clock with no known end: use
     * {@link #deadline(BusinessCalendar, Instant, Duration, List, Instant)} to project it.
     *
     * @throws IllegalArgumentException when a pause is still open
     */
    public Instant deadline(BusinessCalendar calendar, Instant start, Duration target, List<Pause> pauses) {
        if (pauses.stream().anyMatch(Pause::isOpen)) {
            throw new IllegalArgumentException("the SLA clock is stopped by an open pause, so there is no deadline yet;"
                    + " close the pause or pass 'now' to project the deadline as if it ended now");
        }
        return deadline(calendar, start, target, pauses, null);
    }

    /** As the four-argument form, with open pauses treated as ending at {@code now}. */
    public Instant deadline(BusinessCalendar calendar, Instant start, Duration target, List<Pause> pauses, Instant now) {
        Objects.requireNonNull(calendar, "calendar is null");
        Objects.requireNonNull(start, "start is null");
        Objects.requireNonNull(target, "target is null");
        Instant cursor = start;
        Duration left = target;
        for (Pause p : merged(start, pauses, now)) {
            Instant candidate = calendar.addBusinessTime(cursor, left);
            if (!candidate.isAfter(p.from())) {
                return candidate;
            }
            left = left.minus(calendar.businessTimeBetween(cursor, p.from()));
            cursor = p.to();
        }
        return calendar.addBusinessTime(cursor, left);
    }

    /**
     * Business time left at {@code now} before {@code target} is exceeded, negative once breached.
     * While a pause is open the value stays frozen.
     */
    public Duration timeToBreach(BusinessCalendar calendar, Instant start, Duration target, List<Pause> pauses,
                                 Instant now) {
        return target.minus(elapsed(calendar, start, pauses, now));
    }

    /** Business time the SLA clock has run from {@code start} to {@code now}, pauses excluded. */
    public Duration elapsed(BusinessCalendar calendar, Instant start, List<Pause> pauses, Instant now) {
        Objects.requireNonNull(calendar, "calendar is null");
        Objects.requireNonNull(now, "now is null");
        if (!now.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration running = calendar.businessTimeBetween(start, now);
        for (Pause p : merged(start, pauses, now)) {
            Instant to = p.to().isAfter(now) ? now : p.to();
            if (p.from().isBefore(to)) {
                running = running.minus(calendar.businessTimeBetween(p.from(), to));
            }
        }
        return running;
    }

    /** Pauses clamped to start at or after {@code start}, open ones closed at {@code now}, sorted and merged. */
    private static List<Pause> merged(Instant start, List<Pause> pauses, Instant now) {
        Objects.requireNonNull(pauses, "pauses is null");
        List<Pause> sorted = new ArrayList<>();
        for (Pause p : pauses) {
            Instant to = p.isOpen() ? Objects.requireNonNull(now, "now is null (needed for an open pause)") : p.to();
            if (to.isAfter(start)) {
                Instant from = p.from().isBefore(start) ? start : p.from();
                if (to.isAfter(from)) {
                    sorted.add(new Pause(from, to));
                }
            }
        }
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> out = new ArrayList<>();
        for (Pause p : sorted) {
            Pause last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !p.from().isAfter(last.to())) {
                out.set(out.size() - 1, new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static Map<Priority, SlaTargets> defaultTargets() {
        Map<Priority, SlaTargets> m = new EnumMap<>(Priority.class);
        m.put(Priority.MAJOR, new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4)));
        m.put(Priority.VERY_HIGH, new SlaTargets(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8)));
        m.put(Priority.HIGH, new SlaTargets(Duration.ofHours(2), Duration.ofHours(8), Duration.ofHours(20)));
        m.put(Priority.MEDIUM, new SlaTargets(Duration.ofHours(4), Duration.ofHours(16), Duration.ofHours(40)));
        m.put(Priority.LOW, new SlaTargets(Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(80)));
        m.put(Priority.VERY_LOW, new SlaTargets(Duration.ofHours(16), Duration.ofHours(40), Duration.ofHours(120)));
        return m;
    }
}
