package org.switchboard.store;

import java.util.List;
import org.switchboard.domain.AuditEvent;
import org.switchboard.domain.port.AuditLog;

/** The audit log table; rows are only ever appended. */
public final class JdbcAuditLog implements AuditLog {
    private final Jdbc jdbc;

    public JdbcAuditLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditEvent append(AuditEvent e) {
        long id = jdbc.insert("INSERT INTO audit_log (logged_at, actor, action, subject_type, subject_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.detail());
        return new AuditEvent(id, e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.detail());
    }

    @Override
    public void appendAll(List<AuditEvent> events) {
        jdbc.batch("INSERT INTO audit_log (logged_at, actor, action, subject_type, subject_id, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", events.stream().map(e -> new Object[] {e.at(), e.actor(), e.action(),
                e.subjectType(), e.subjectId(), e.detail()}).toList());
    }

    @Override
    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return jdbc.list("SELECT id, logged_at, actor, action, subject_type, subject_id, detail FROM audit_log "
                        + "WHERE subject_type = ? AND subject_id = ? ORDER BY id",
                rs -> new AuditEvent(rs.getLong("id"), Jdbc.instant(rs, "logged_at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("detail")), subjectType, subjectId);
    }
}
