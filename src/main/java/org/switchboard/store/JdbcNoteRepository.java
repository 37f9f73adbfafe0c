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
        return jdbc.list("SELECT " + COLUMNS + " FROM notes WHERE case_id = ? ORDER BY pinned DESC, created_at, id",
                JdbcNoteRepository::map, caseId);
    }

    @Override
    public List<Note> forContact(long contactId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM notes WHERE contact_id = ? ORDER BY pinned DESC, created_at, id",
                JdbcNoteRepository::map, contactId);
    }

    private static Note map(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), Jdbc.nullableLong(rs, "case_id"), Jdbc.nullableLong(rs, "contact_id"),
                rs.getString("author"), rs.getString("body"), rs.getBoolean("pinned"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
