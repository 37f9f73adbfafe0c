package org.switchboard.domain;

import java.time.Instant;

/** What an edited message said before, and since when. */
public record MessageEdit(String text, Instant at) {
    public MessageEdit {
        Require.notNull(text, "text");
        Require.notNull(at, "at");
    }
}
