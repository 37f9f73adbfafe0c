package org.switchboard.domain.search;

import java.time.Instant;
import org.switchboard.domain.Require;

/**
 * One searchable thing: a message, a note, a contact or an errand, with the case it belongs to and
 * the fields the query filters use ({@code platform:}, {@code status:}, {@code from:}, {@code unit:},
 * {@code before:}/{@code after:}).
 */
public record SearchDocument(Kind kind, long id, long caseId, String text, String platform, String status,
                             String from, String unit, Instant at) {
    /** What a hit is. */
    public enum Kind { MESSAGE, NOTE, CONTACT, ERRAND }

    public SearchDocument {
        Require.notNull(kind, "kind");
        text = text == null ? "" : text;
        Require.notNull(at, "at");
    }

    /** The document's unique key in the index, e.g. {@code message:42}. */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
