package org.switchboard.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Counts working days in a unit's office hours. A working day is a day on which the unit has office
 * hours; a deadline "N working days after T" is the close of business of the N-th working day after
 * T's date. With no office hours (always open) every day counts and the deadline is T plus N days.
 * Counting whole days (not office minutes) keeps deadlines easy to explain to a colleague.
 */
public record WorkingDays(OfficeHours hours, ZoneId zone) {
    /** A unit that never opens again would loop forever; a year without a working day is a broken directory. */
    private static final int MAX_DAYS_SEARCHED = 366;

    public WorkingDays {
        Require.notNull(hours, "office hours");
        Require.notNull(zone, "time zone");
    }

    /** The close of business of the {@code days}-th working day after {@code from} (0: today's, if still ahead). */
    public Instant after(Instant from, int days) {
        if (days < 0) {
            throw new ValidationException("working days must not be negative, not " + days);
        }
        if (hours.always()) {
            return from.plus(days, ChronoUnit.DAYS);
        }
        LocalDate date = from.atZone(zone).toLocalDate();
        if (days == 0) {
            Instant close = closeOf(date);
            if (close != null && close.isAfter(from)) {
                return close;
            }
            days = 1;
        }
        int counted = 0;
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            date = date.plusDays(1);
            Instant close = closeOf(date);
            if (close != null && ++counted == days) {
                return close;
            }
        }
        throw new ValidationException("the office hours have no working day within a year");
    }

    /** The end of the office hours on {@code date}, or null when the unit does not work that day. */
    public Instant closeOf(LocalDate date) {
        if (hours.always()) {
            return ZonedDateTime.of(date, LocalTime.of(23, 59, 59), zone).toInstant();
        }
        DayOfWeek day = date.getDayOfWeek();
        LocalTime latest = null;
        for (OfficeHours.Span s : hours.spans()) {
            if (s.days().contains(day) && (latest == null || s.to().isAfter(latest))) {
                latest = s.to();
            }
        }
        return latest == null ? null : ZonedDateTime.of(date, latest, zone).toInstant();
    }
}
