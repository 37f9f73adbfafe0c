package org.switchboard.connect.bluesky;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** atproto datetimes: RFC 3339, normally {@code 2025-06-02T07:41:12.418Z}, sometimes with an offset. */
final class Timestamps {
    private static final DateTimeFormatter RECORD_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** The instant, or null when absent or unreadable. */
    static Instant parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** What we write into records: UTC with milliseconds, as the lexicon examples do. */
    static String format(Instant t) {
        return RECORD_TIME.format(t);
    }
}
