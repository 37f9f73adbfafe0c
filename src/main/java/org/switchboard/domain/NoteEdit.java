package org.switchboard.domain;

import java.time.Instant;

/** What a note said before an edit, who changed it and when. */
public record NoteEdit(long noteId, String text, String editedBy, Instant editedAt) {
    public NoteEdit {
        Require.notNull(text, "text");
        Require.notBlank(editedBy, "edited by");
        Require.notNull(editedAt, "edited at");
    }
}
