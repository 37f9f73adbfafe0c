package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.Note;

/** Internal notes on cases and contacts. */
public interface NoteRepository {
    Note insert(Note note);

    /** Pinned first, then oldest first. */
    List<Note> forCase(long caseId);

    List<Note> forContact(long contactId);
}
