package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.Note;

/** Internal notes on cases and contacts. */
public interface NoteRepository {
    Note insert(Note note);

    /** Pinned first, then oldest first. */
    List<Note> forCase(long caseId);

    List<Note> forContact(long contactId);

    java.util.Optional<Note> find(long id);

    /** Writes the new text and pin if the version is current, keeping the old text as a {@link org.switchboard.domain.NoteEdit}. */
    Note update(Note note, org.switchboard.domain.NoteEdit previous);

    /** Hides a note (deleted_at set) or brings it back (null); deleted notes are not listed. */
    void setDeleted(long id, java.time.Instant deletedAt);

    List<org.switchboard.domain.NoteEdit> history(long noteId);

    /** Moves a contact's notes to another contact (merge). */
    void moveContactNotes(long fromContactId, long toContactId);
}
