package org.switchboard.domain;

import java.time.Instant;

/** An internal note on a case or on a contact. Never leaves the organisation. */
public record Note(long id, Long caseId, Long contactId, String author, String text, boolean pinned,
                   Instant createdAt, Instant updatedAt, long version) {
    public Note {
        if (caseId == null && contactId == null) {
            throw new ValidationException("a note belongs to a case or a contact");
        }
        Require.maxLength(Require.notBlank(author, "note author"), 200, "note author");
        Require.maxLength(Require.notBlank(text, "note text"), 100_000, "note text");
        Require.notNull(createdAt, "createdAt");
        Require.notNull(updatedAt, "updatedAt");
    }
}
