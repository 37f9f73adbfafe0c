package org.switchboard.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.switchboard.service.i18n.Texts;

/** Times as agents read them: "3 h", "vor 2 T.", and the exact local time. Any thread. */
public final class TimeFormat {
    private final Texts texts;
    private final Clock clock;
    private final DateTimeFormatter exact;
    private final DateTimeFormatter date;
    private final DateTimeFormatter clockTime;

    public TimeFormat(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(clock.getZone());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        this.clockTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(clock.getZone());
    }

    /** A short duration: "< 1 min", "45 min", "3 h", "2 d". */
    public String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return texts.get("time.under-a-minute");
        }
        if (minutes < 60) {
            return texts.get("time.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get("time.hours", minutes / 60);
        }
        return texts.get("time.days", minutes / (24 * 60));
    }

    /** How long since {@code at}, short: "3 h". */
    public String since(Instant at) {
        return duration(Duration.between(at, clock.instant()));
    }

    /** "3 h ago" / "vor 3 Std.". */
    public String ago(Instant at) {
        return texts.get("time.ago", since(at));
    }

    /** The exact local date and time. */
    public String exact(Instant at) {
        return exact.format(at);
    }

    /** A moment close to now: the clock time alone when it is today ("10:45"), else the exact date and time. */
    public String at(Instant at) {
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        return day.equals(LocalDate.now(clock)) ? clockTime.format(at) : exact(at);
    }

    public String date(LocalDate d) {
        return date.format(d);
    }
}
