package br.com.webplanet.roteiro.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the team works: a time zone, working hours on working days (Monday to Friday by default),
 * Brazil's national holidays ({@link BrazilianHolidays}) plus state, municipal and custom dates.
 * Ash Wednesday opens at noon by default ({@link Builder#ashWednesdayOpensAt}). SLA deadlines and
 * time to breach are counted in this business time. Immutable and thread-safe.
 *
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.brazil(ZoneId.of("America/Sao_Paulo"),
 *         LocalTime.of(8, 0), LocalTime.of(18, 0), Map.of(LocalDate.of(2027, 1, 25), "Aniversário de São Paulo"));
 * }</pre>
 */
public final class BusinessCalendar {
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final LocalTime ashWednesdayOpensAt;
    private final Set<DayOfWeek> workingDays;
    private final Map<LocalDate, String> extraHolidays;
    private final Map<MonthDay, String> annualHolidays;
    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    private BusinessCalendar(Builder b) {
        this.zone = b.zone;
        this.opensAt = b.opensAt;
        this.closesAt = b.closesAt;
        this.ashWednesdayOpensAt = b.ashWednesdayOpensAt;
        this.workingDays = Set.copyOf(b.workingDays);
        this.extraHolidays = Map.copyOf(b.extraHolidays);
        this.annualHolidays = Map.copyOf(b.annualHolidays);
    }

    /** Brazilian calendar with national holidays and the given extra (state, municipal, custom) dates. */
    public static BusinessCalendar brazil(ZoneId zone, LocalTime opensAt, LocalTime closesAt,
                                          Map<LocalDate, String> extraHolidays) {
        return builder(zone).workingHours(opensAt, closesAt).holidays(extraHolidays).build();
    }

    /** A builder with Brazil's national holidays, 08:00–18:00, Monday to Friday, Ash Wednesday from 12:00. */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    /** The holiday's name (pt-BR) when {@code date} is a national or configured holiday. */
    public Optional<String> holidayName(LocalDate date) {
        Objects.requireNonNull(date, "date is null");
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /** A working weekday that is not a holiday and has working hours. */
    public boolean isBusinessDay(LocalDate date) {
        return window(date) != null;
    }

    /** The last business day strictly before {@code date}. */
    public LocalDate previousBusinessDay(LocalDate date) {
        return step(date, -1);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return step(date, 1);
    }

    /**
     * The instant reached after {@code amount} of business time from {@code from}; time outside
     * working hours, on weekends and on holidays does not count. A zero amount returns
     * {@code from}; an amount that ends exactly at closing time returns the closing instant.
     */
    public Instant addBusinessTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(amount, "amount is null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative, was " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int idle = 0; idle <= MAX_DAYS_WITHOUT_WORK; day = day.plusDays(1)) {
            Instant[] w = window(day);
            if (w == null || !from.isBefore(w[1])) {
                idle++;
                continue;
            }
            idle = 0;
            Instant start = from.isAfter(w[0]) ? from : w[0];
            Duration available = Duration.between(start, w[1]);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("no working time in " + MAX_DAYS_WITHOUT_WORK
                + " days after " + day + ": check the working days and hours of the calendar");
    }

    /** Business time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
    public Duration businessTimeBetween(Instant a, Instant b) {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        if (b.isBefore(a)) {
            return businessTimeBetween(b, a).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = b.atZone(zone).toLocalDate();
        for (LocalDate day = a.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant[] w = window(day);
            if (w == null) {
                continue;
            }
            Instant start = a.isAfter(w[0]) ? a : w[0];
            Instant end = b.isBefore(w[1]) ? b : w[1];
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Working span of a day as {opening, closing} instants, or null when no one works that day. */
    private Instant[] window(LocalDate date) {
        Objects.requireNonNull(date, "date is null");
        if (!workingDays.contains(date.getDayOfWeek()) || holidayName(date).isPresent()) {
            return null;
        }
        LocalTime open = opensAt;
        if (ashWednesdayOpensAt != null && date.equals(BrazilianHolidays.ashWednesday(date.getYear()))
                && ashWednesdayOpensAt.isAfter(open)) {
            open = ashWednesdayOpensAt;
        }
        if (!open.isBefore(closesAt)) {
            return null;
        }
        return new Instant[] {date.atTime(open).atZone(zone).toInstant(), date.atTime(closesAt).atZone(zone).toInstant()};
    }

    private LocalDate step(LocalDate date, int direction) {
        LocalDate d = Objects.requireNonNull(date, "date is null").plusDays(direction);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, d = d.plusDays(direction)) {
            if (isBusinessDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no business day within " + MAX_DAYS_WITHOUT_WORK + " days of " + date);
    }

    private Map<LocalDate, String> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, String> days = new LinkedHashMap<>(BrazilianHolidays.national(y));
            annualHolidays.forEach((md, name) -> {
                if (md.isValidYear(y)) {
                    days.putIfAbsent(md.atYear(y), name);
                }
            });
            extraHolidays.forEach((date, name) -> {
                if (date.getYear() == y) {
                    days.putIfAbsent(date, name);
                }
            });
            return Map.copyOf(days);
        });
    }

    /** Builds a {@link BusinessCalendar}; every setter validates its input. */
    public static final class Builder {
        private final ZoneId zone;
        private LocalTime opensAt = LocalTime.of(8, 0);
        private LocalTime closesAt = LocalTime.of(18, 0);
        private LocalTime ashWednesdayOpensAt = LocalTime.NOON;
        private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Map<LocalDate, String> extraHolidays = new LinkedHashMap<>();
        private final Map<MonthDay, String> annualHolidays = new LinkedHashMap<>();

        private Builder(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone is null");
        }

        /** Working hours of every working day; {@code opensAt} must be before {@code closesAt}. */
        public Builder workingHours(LocalTime opensAt, LocalTime closesAt) {
            Objects.requireNonNull(opensAt, "opensAt is null");
            Objects.requireNonNull(closesAt, "closesAt is null");
            if (!opensAt.isBefore(closesAt)) {
                throw new IllegalArgumentException("working hours must open before they close: " + opensAt + "–" + closesAt);
            }
            this.opensAt = opensAt;
            this.closesAt = closesAt;
            return this;
        }

        /** When work starts on Ash Wednesday (default 12:00); {@code null} makes it a normal working day. */
        public Builder ashWednesdayOpensAt(LocalTime time) {
            this.ashWednesdayOpensAt = time;
            return this;
        }

        /** The days of the week people work (default Monday to Friday). */
        public Builder workingDays(Set<DayOfWeek> days) {
            if (Objects.requireNonNull(days, "days is null").isEmpty()) {
                throw new IllegalArgumentException("at least one working day of the week is needed");
            }
            this.workingDays = EnumSet.copyOf(days);
            return this;
        }

        /** A one-off holiday (state, municipal or custom), e.g. 2027-01-25 "Aniversário de São Paulo". */
        public Builder holiday(LocalDate date, String name) {
            extraHolidays.put(Objects.requireNonNull(date, "date is null"), requireName(name));
            return this;
        }

        /** Several one-off holidays, date → name. */
        public Builder holidays(Map<LocalDate, String> holidays) {
            Objects.requireNonNull(holidays, "holidays is null").forEach(this::holiday);
            return this;
        }

        /** A holiday on the same day every year, e.g. {@code --01-25} "Aniversário de São Paulo". */
        public Builder annualHoliday(MonthDay day, String name) {
            annualHolidays.put(Objects.requireNonNull(day, "day is null"), requireName(name));
            return this;
        }

        public BusinessCalendar build() {
            return new BusinessCalendar(this);
        }

        private static String requireName(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a holiday needs a name (it is shown in reports)");
            }
            return name;
        }
    }
}
