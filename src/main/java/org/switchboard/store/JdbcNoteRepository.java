package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.switchboard.domain.Note;
import org.switchboard.domain.port.NoteRepository;

/** Internal notes. */
public final class JdbcNoteRepository implements NoteRepository {
    private static final String COLUMNS = "id, case_id, contact_id, author, body, pinned, created_at, updated_at, version";

    private final Jdbc jdbc;

    public JdbcNoteRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Note insert(Note n) {
        long id = jdbc.insert("INSERT INTO notes (case_id, contact_id, author, body, pinned, created_at, updated_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", n.caseId(), n.contactId(), n.author(), n.text(),
                n.pinned(), n.createdAt(), n.updatedAt());
        return new Note(id, n.caseId(), n.contactId(), n.author(), n.text(), n.pinned(), n.createdAt(),
                n.updatedAt(), 0);
    }

    @Override
    public List<Note> forCase(long caseId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM notes WHERE case_id = ? AND deleted_at IS NULL "
                        + "ORDER BY pinned DESC, created_at, id",
                JdbcNoteRepository::map, caseId);
    }

    @Override
    public List<Note> forContact(long contactId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM notes WHERE contact_id = ? AND deleted_at IS NULL "
                        + "ORDER BY pinned DESC, created_at, id",
                JdbcNoteRepository::map, contactId);
    }

    @Override
    public java.util.Optional<Note> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM notes WHERE id = ?", JdbcNoteRepository::map, id);
    }

    @Override
    public Note update(Note n, org.switchboard.domain.NoteEdit previous) {
        int changed = jdbc.update("UPDATE notes SET body = ?, pinned = ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", n.text(), n.pinned(), n.updatedAt(), n.id(), n.version());
        if (changed == 0) {
            throw new org.switchboard.domain.StaleWriteException("note", n.id(), n.version());
        }
        if (previous != null) {
            jdbc.insert("INSERT INTO note_edits (note_id, body, edited_by, edited_at) VALUES (?, ?, ?, ?)",
                    previous.noteId(), previous.text(), previous.editedBy(), previous.editedAt());
        }
        return new Note(n.id(), n.caseId(), n.contactId(), n.author(), n.text(), n.pinned(), n.createdAt(),
                n.updatedAt(), n.version() + 1);
    }

    @Override
    public void setDeleted(long id, java.time.Instant deletedAt) {
        jdbc.update("UPDATE notes SET deleted_at = ? WHERE id = ?", deletedAt, id);
    }

    @Override
    public List<org.switchboard.domain.NoteEdit> history(long noteId) {
        return jdbc.list("SELECT note_id, body, edited_by, edited_at FROM note_edits WHERE note_id = ? ORDER BY id",
                rs -> new org.switchboard.domain.NoteEdit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Jdbc.instant(rs, "edited_at")), noteId);
    }

    @Override
    public void moveContactNotes(long fromContactId, long toContactId) {
        jdbc.update("UPDATE notes SET contact_id = ? WHERE contact_id = ?", toContactId, fromContactId);
    }

    private static Note map(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), Jdbc.nullableLong(rs, "case_id"), Jdbc.nullableLong(rs, "contact_id"),
                rs.getString("author"), rs.getString("body"), rs.getBoolean("pinned"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
