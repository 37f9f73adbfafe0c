package org.switchboard.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a unit works: {@code Mo-Fr 08:00-16:00; Sa 09:00-12:00}. Days in English ({@code Mo Tu We Th Fr Sa
 * Su}) or German ({@code Mo Di Mi Do Fr Sa So}); day ranges and lists ({@code Mo,We}); empty means always.
 * Follow-up deadlines count working time with it.
 */
public record OfficeHours(List<Span> spans) {
    /** Some days, one time window. */
    public record Span(Set<DayOfWeek> days, LocalTime from, LocalTime to) {}

    public static final OfficeHours ALWAYS = new OfficeHours(List.of());

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mo", DayOfWeek.MONDAY), Map.entry("tu", DayOfWeek.TUESDAY), Map.entry("di", DayOfWeek.TUESDAY),
            Map.entry("we", DayOfWeek.WEDNESDAY), Map.entry("mi", DayOfWeek.WEDNESDAY),
            Map.entry("th", DayOfWeek.THURSDAY), Map.entry("do", DayOfWeek.THURSDAY),
            Map.entry("fr", DayOfWeek.FRIDAY), Map.entry("sa", DayOfWeek.SATURDAY), Map.entry("su", DayOfWeek.SUNDAY),
            Map.entry("so", DayOfWeek.SUNDAY));

    public OfficeHours {
        spans = List.copyOf(spans);
    }

    public boolean always() {
        return spans.isEmpty();
    }

    /** Reads the grammar of CLI.md; the message of a failure names the part that is wrong. */
    public static OfficeHours parse(String text) {
        if (text == null || text.isBlank()) {
            return ALWAYS;
        }
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split("\\s+");
            if (words.length != 2) {
                throw new ValidationException("office hours '" + p + "' should look like 'Mo-Fr 08:00-16:00'");
            }
            Set<DayOfWeek> days = days(words[0], p);
            String[] times = words[1].split("-");
            if (times.length != 2) {
                throw new ValidationException("office hours '" + p + "': the time should look like 08:00-16:00");
            }
            LocalTime from = time(times[0], p);
            LocalTime to = time(times[1], p);
            if (!to.isAfter(from)) {
                throw new ValidationException("office hours '" + p + "': the end must be after the start");
            }
            spans.add(new Span(days, from, to));
        }
        return new OfficeHours(spans);
    }

    private static Set<DayOfWeek> days(String text, String part) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            DayOfWeek first = day(range[0], part);
            DayOfWeek last = range.length == 2 ? day(range[1], part) : first;
            if (range.length > 2) {
                throw new ValidationException("office hours '" + part + "': '" + item + "' is not a day range");
            }
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String part) {
        DayOfWeek d = DAYS.get(text.strip().toLowerCase(Locale.ROOT));
        if (d == null) {
            throw new ValidationException("office hours '" + part + "': '" + text + "' is not a day; use Mo Tu We Th "
                    + "Fr Sa Su (or Mo Di Mi Do Fr Sa So)");
        }
        return d;
    }

    private static LocalTime time(String text, String part) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("office hours '" + part + "': '" + text + "' is not a time like 08:00");
        }
    }
}
