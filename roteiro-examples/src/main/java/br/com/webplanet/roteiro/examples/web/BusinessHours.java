package br.com.webplanet.roteiro.examples.web;

import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** The team's business hours, by the business calendar, for the watch's checks. */
final class BusinessHours {
    private final BusinessCalendar calendar;

    BusinessHours(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar is null");
    }

    boolean contains(Instant now) {
        ZonedDateTime local = now.atZone(calendar.zone());
        LocalTime time = local.toLocalTime();
        return calendar.isBusinessDay(local.toLocalDate()) && !time.isBefore(calendar.opensAt())
                && time.isBefore(calendar.closesAt());
    }

    /**
     * How long intake has gone without success, counted from today's opening at the earliest (a
     * quiet night is no stall); empty outside business hours, where nothing is expected.
     */
    Optional<Duration> intakeSilence(Optional<Duration> lastIntakeAge, Instant now) {
        if (!contains(now)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(calendar.zone());
        Duration sinceOpening = Duration.between(local.toLocalDate().atTime(calendar.opensAt()).atZone(calendar.zone())
                .toInstant(), now);
        return Optional.of(lastIntakeAge.filter(age -> age.compareTo(sinceOpening) < 0).orElse(sinceOpening));
    }
}
