package org.switchboard.service.errands;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.WorkingDays;

/**
 * When an errand's answer is due. Without a wish: the recipient's due days counted in working days of
 * its office hours, at close of business. {@code --due} takes a date ({@code 2026-11-27}: close of
 * business that day, or its end when the unit does not work then), {@code Nd} (N calendar days from
 * now) or {@code -Nd} (N days ago — a hand-off made earlier, e.g. by phone). Any thread.
 */
final class DueDates {
    private static final Pattern DAYS = Pattern.compile("([+-]?)(\\d{1,3})d");

    private DueDates() {}

    static Instant standard(Recipient r, Instant now, ZoneId zone) {
        return new WorkingDays(r.hours(), zone).after(now, r.dueDays());
    }

    static Instant parse(String text, Recipient r, Instant now, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return standard(r, now, zone);
        }
        String t = text.strip();
        Matcher m = DAYS.matcher(t);
        if (m.matches()) {
            long days = Long.parseLong(m.group(2));
            return m.group(1).equals("-") ? now.minus(Duration.ofDays(days)) : now.plus(Duration.ofDays(days));
        }
        try {
            LocalDate date = LocalDate.parse(t);
            WorkingDays hours = new WorkingDays(r.hours(), zone);
            Instant close = hours.closeOf(date);
            return close != null ? close : date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
        } catch (DateTimeParseException e) {
            throw new ValidationException("--due '" + text + "' is not a date like 2026-11-27, a number of days "
                    + "like 5d, or days ago like -2d");
        }
    }
}
