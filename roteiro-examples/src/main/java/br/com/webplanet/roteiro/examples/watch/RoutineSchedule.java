package br.com.webplanet.roteiro.examples.watch;

import br.com.webplanet.roteiro.sla.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** When the full routine runs next: {@code at} on the next business day (today when still ahead). */
public final class RoutineSchedule {
    private final BusinessCalendar calendar;
    private final LocalTime at;

    public RoutineSchedule(BusinessCalendar calendar, LocalTime at) {
        this.calendar = Objects.requireNonNull(calendar, "calendar is null");
        this.at = Objects.requireNonNull(at, "at is null");
    }

    /** The first routine time strictly after {@code now}. */
    public ZonedDateTime nextAfter(Instant now) {
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        if (!calendar.isBusinessDay(day) || !day.atTime(at).atZone(calendar.zone()).toInstant().isAfter(now)) {
            day = calendar.nextBusinessDay(day);
        }
        return day.atTime(at).atZone(calendar.zone());
    }

    public LocalTime at() {
        return at;
    }

    /** The business calendar's time zone, in which days and {@code at} are read. */
    public ZoneId zone() {
        return calendar.zone();
    }
}
