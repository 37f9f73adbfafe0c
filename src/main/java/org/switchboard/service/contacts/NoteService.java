package org.switchboard.service.contacts;

import java.time.Clock;
import java.util.List;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Note;
import org.switchboard.domain.NoteEdit;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Internal notes on contacts, and editing, pinning and deleting notes (of cases and contacts): every edit
 * keeps what the note said before, a delete can be undone. Notes never leave the organisation.
 * Background threads only.
 */
public final class NoteService {
    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Agent agent;

    public NoteService(Repositories repos, Audit audit, EventBus events, Clock clock, Agent agent) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.agent = agent;
    }

    public Note addToContact(long contactId, String text) {
        repos.contacts().find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        java.time.Instant now = clock.instant(); // one instant: a fresh note is not "edited"
        Note n = repos.notes().insert(new Note(0, null, contactId, agent.name(), text, false, now, now, 0));
        audit.record("note.added", "contact", contactId, null);
        return n;
    }

    /** Changes a note's text; the old text is kept in its history with who changed it and when. */
    public Note edit(long noteId, String text, long expectedVersion) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("a note cannot be empty; delete it instead");
        }
        Note saved = repos.tx().inTransaction(() -> {
            Note n = find(noteId);
            Note changed = new Note(n.id(), n.caseId(), n.contactId(), n.author(), text, n.pinned(), n.createdAt(),
                    clock.instant(), expectedVersion);
            Note result = repos.notes().update(changed, new NoteEdit(n.id(), n.text(), agent.name(), clock.instant()));
            audit.record("note.edited", subject(n), subjectId(n), "note " + noteId);
            return result;
        });
        announce(saved);
        return saved;
    }

    /** Pinned notes come first wherever notes are shown. */
    public Note pin(long noteId, boolean pinned) {
        Note saved = repos.tx().inTransaction(() -> {
            Note n = find(noteId);
            Note result = repos.notes().update(new Note(n.id(), n.caseId(), n.contactId(), n.author(), n.text(), pinned,
                    n.createdAt(), n.updatedAt(), n.version()), null);
            audit.record(pinned ? "note.pinned" : "note.unpinned", subject(n), subjectId(n), "note " + noteId);
            return result;
        });
        announce(saved);
        return saved;
    }

    /** Hides a note; {@link #undoDelete} brings it back with its history. */
    public void delete(long noteId) {
        Note n = find(noteId);
        repos.notes().setDeleted(noteId, clock.instant());
        audit.record("note.deleted", subject(n), subjectId(n), "note " + noteId);
        announce(n);
    }

    public void undoDelete(long noteId) {
        Note n = find(noteId);
        repos.notes().setDeleted(noteId, null);
        audit.record("note.restored", subject(n), subjectId(n), "note " + noteId);
        announce(n);
    }

    /** What the note said before each edit, oldest first. */
    public List<NoteEdit> history(long noteId) {
        return repos.notes().history(noteId);
    }

    private Note find(long id) {
        return repos.notes().find(id).orElseThrow(() -> new NotFoundException("note", id));
    }

    private void announce(Note n) {
        if (n.caseId() != null) {
            events.publish(new Event.CaseChanged(n.caseId(), false));
        }
    }

    private static String subject(Note n) {
        return n.caseId() != null ? "case" : "contact";
    }

    private static long subjectId(Note n) {
        return n.caseId() != null ? n.caseId() : n.contactId();
    }
}
