package org.switchboard.connect.facebook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Graph writes times as {@code 2025-06-02T07:41:12+0000}: an offset without a colon, which
 * {@code ISO_OFFSET_DATE_TIME} refuses. The colon form is accepted too, in case Meta ever changes.
 */
final class GraphTime {
    private static final DateTimeFormatter GRAPH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private GraphTime() {}

    /** The instant in UTC; a missing or unreadable time is a malformed answer, named with {@code what}. */
    static Instant parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new ConnectorException(Kind.MALFORMED, "Facebook sent " + what + " without a time.");
        }
        try {
            return OffsetDateTime.parse(text.strip(), GRAPH).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new ConnectorException(Kind.MALFORMED, "Facebook sent " + what + " with the time '"
                        + clip(text) + "', which is not a Graph time like 2025-06-02T07:41:12+0000.", null, 0, e2);
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
