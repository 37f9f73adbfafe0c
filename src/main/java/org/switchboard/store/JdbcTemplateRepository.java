package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.Template;
import org.switchboard.domain.port.TemplateRepository;

/** Reply templates (table {@code templates}, migration V6). */
public final class JdbcTemplateRepository implements TemplateRepository {
    private static final String COLUMNS = "id, name, language, body, shortcut, created_at, updated_at, version";
    private final Jdbc jdbc;

    public JdbcTemplateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Template insert(Template t) {
        long id = jdbc.insert("INSERT INTO templates (name, language, body, shortcut, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, 0)", t.name(), t.language(), t.body(), t.shortcut(), t.createdAt(),
                t.updatedAt());
        return new Template(id, t.name(), t.language(), t.body(), t.shortcut(), t.createdAt(), t.updatedAt(), 0);
    }

    @Override
    public Template update(Template t) {
        int rows = jdbc.update("UPDATE templates SET name = ?, language = ?, body = ?, shortcut = ?, updated_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?", t.name(), t.language(), t.body(),
                t.shortcut(), t.updatedAt(), t.id(), t.version());
        if (rows == 0) {
            throw new StaleWriteException("template", t.id(), t.version());
        }
        return new Template(t.id(), t.name(), t.language(), t.body(), t.shortcut(), t.createdAt(), t.updatedAt(),
                t.version() + 1);
    }

    @Override
    public boolean delete(long id) {
        return jdbc.update("DELETE FROM templates WHERE id = ?", id) > 0;
    }

    @Override
    public Optional<Template> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM templates WHERE id = ?", JdbcTemplateRepository::row, id);
    }

    @Override
    public List<Template> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM templates ORDER BY language, name, id",
                JdbcTemplateRepository::row);
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM templates");
    }

    private static Template row(ResultSet rs) throws SQLException {
        return new Template(rs.getLong("id"), rs.getString("name"), rs.getString("language"), rs.getString("body"),
                rs.getString("shortcut"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
