package org.switchboard.connect.bluesky;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Where the notifications stream stands. Bluesky lists notifications newest first and its cursor
 * leads to <em>older</em> ones, so a poll walks from the newest back to what was already delivered.
 * Two forms, both plain text in the sync state:
 * <ul>
 *   <li>at rest: the high-water mark {@code <indexedAt>|<uri>} of the newest notification seen;</li>
 *   <li>during a walk over several pages: {@code walk|<top>|<mark>|<page cursor>}, where {@code top} is
 *       the newest notification of this walk (the next mark), {@code mark} the mark the walk goes back
 *       to ({@code -|-} on the first sync) and the page cursor Bluesky's own, base64url-encoded (it is
 *       opaque and could hold a {@code |}).</li>
 * </ul>
 * Every page of a walk is stored together with its items, so the position never passes an item that
 * was not delivered; the mark only moves to {@code top} once the walk has reached the old mark.
 */
record NotificationCursor(Mark mark, Mark top, String pageCursor) {
    private static final String WALK = "walk";

    /** A notification's place in the list: Bluesky's indexing time, and its URI to break ties. */
    record Mark(Instant indexedAt, String uri) {
        String encode() {
            return indexedAt + "|" + uri;
        }
    }

    static final NotificationCursor START = new NotificationCursor(null, null, null);

    static NotificationCursor atRest(Mark mark) {
        return new NotificationCursor(mark, null, null);
    }

    boolean walking() {
        return pageCursor != null;
    }

    /** The text to store; null before anything was ever seen. */
    String encode() {
        if (!walking()) {
            return mark == null ? null : mark.encode();
        }
        return String.join("|", WALK, top == null ? "-" : top.indexedAt().toString(), top == null ? "-" : top.uri(),
                mark == null ? "-" : mark.indexedAt().toString(), mark == null ? "-" : mark.uri(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(pageCursor.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a stored position; anything else is MALFORMED, in words. Null or blank: the first sync. */
    static NotificationCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String[] p = text.strip().split("\\|", -1);
        if (p.length == 2) {
            return atRest(mark(p[0], p[1], text));
        }
        if (p.length == 6 && p[0].equals(WALK)) {
            return new NotificationCursor(optionalMark(p[3], p[4], text), optionalMark(p[1], p[2], text),
                    pageCursor(p[5], text));
        }
        throw unreadable(text);
    }

    private static Mark mark(String time, String uri, String text) {
        Instant t = Timestamps.parse(time);
        if (t == null || !uri.startsWith("at://") || uri.length() < 6) {
            throw unreadable(text);
        }
        return new Mark(t, uri);
    }

    private static Mark optionalMark(String time, String uri, String text) {
        return time.equals("-") && uri.equals("-") ? null : mark(time, uri, text);
    }

    private static String pageCursor(String encoded, String text) {
        try {
            String c = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (c.isEmpty()) {
                throw unreadable(text);
            }
            return c;
        } catch (IllegalArgumentException e) {
            throw unreadable(text);
        }
    }

    private static ConnectorException unreadable(String text) {
        return new ConnectorException(Kind.MALFORMED, "The stored position of the Bluesky notifications ('"
                + SafeText.clip(text) + "') is not one Switchboard wrote: expected '<indexedAt>|<at:// URI>'. "
                + "Reset the account's sync position to read the notifications again.");
    }
}
