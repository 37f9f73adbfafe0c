package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.port.ErrandRepository;

/** Errands and their events; keeps the case's errand summary columns current for the queue. */
public final class JdbcErrandRepository implements ErrandRepository {
    private static final String COLUMNS = "id, ref, case_id, unit_key, recipient, via, status, due_at, created_at, "
            + "updated_at, redirected_to, version";

    private final Jdbc jdbc;

    public JdbcErrandRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Errand insert(Errand e) {
        return jdbc.inTransaction(() -> {
            long id = jdbc.insert("INSERT INTO errands (ref, case_id, unit_key, recipient, via, status, due_at, "
                            + "created_at, updated_at, redirected_to, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    e.ref().value(), e.caseId(), e.unitKey(), e.recipient(), e.via(), e.status(), e.dueAt(),
                    e.createdAt(), e.updatedAt(), e.redirectedTo());
            refreshCaseSummary(e.caseId());
            return new Errand(id, e.ref(), e.caseId(), e.unitKey(), e.recipient(), e.via(), e.status(), e.dueAt(),
                    e.createdAt(), e.updatedAt(), e.redirectedTo(), 0);
        });
    }

    /** Recounts the open errands of a case and its earliest due date (the queue's errand badge). */
    private void refreshCaseSummary(long caseId) {
        String open = "e.case_id = cases.id AND e.status IN ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')";
        jdbc.update("UPDATE cases SET open_errands = (SELECT COUNT(*) FROM errands e WHERE " + open + "), "
                + "next_errand_due = (SELECT MIN(e.due_at) FROM errands e WHERE " + open + ") WHERE id = ?", caseId);
    }

    @Override
    public List<Errand> forCase(long caseId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM errands WHERE case_id = ? ORDER BY created_at, id",
                JdbcErrandRepository::map, caseId);
    }

    @Override
    public ErrandEvent addEvent(ErrandEvent ev) {
        long id = jdbc.insert("INSERT INTO errand_events (errand_id, event_at, event_type, by_whom, note) "
                + "VALUES (?, ?, ?, ?, ?)", ev.errandId(), ev.at(), ev.type(), by(ev.by()), ev.note());
        return new ErrandEvent(id, ev.errandId(), ev.at(), ev.type(), by(ev.by()), ev.note());
    }

    @Override
    public List<ErrandEvent> events(long errandId) {
        return jdbc.list("SELECT id, errand_id, event_at, event_type, by_whom, note FROM errand_events "
                        + "WHERE errand_id = ? ORDER BY event_at, id",
                rs -> new ErrandEvent(rs.getLong("id"), rs.getLong("errand_id"), Jdbc.instant(rs, "event_at"),
                        ErrandEvent.Type.valueOf(rs.getString("event_type")), rs.getString("by_whom"),
                        rs.getString("note")), errandId);
    }

    @Override
    public long nextNumber(int year) {
        return jdbc.inTransaction(() -> {
            int n = jdbc.update("UPDATE errand_numbers SET last_number = last_number + 1 WHERE ref_year = ?", year);
            if (n == 0) {
                jdbc.update("INSERT INTO errand_numbers (ref_year, last_number) VALUES (?, 1)", year);
                return 1L;
            }
            return jdbc.count("SELECT last_number FROM errand_numbers WHERE ref_year = ?", year);
        });
    }

    @Override
    public Optional<Errand> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM errands WHERE id = ?", JdbcErrandRepository::map, id);
    }

    @Override
    public Optional<Errand> find(ErrandRef ref) {
        return jdbc.one("SELECT " + COLUMNS + " FROM errands WHERE ref = ?", JdbcErrandRepository::map, ref.value());
    }

    @Override
    public Errand update(Errand e) {
        return jdbc.inTransaction(() -> {
            int n = jdbc.update("UPDATE errands SET status = ?, redirected_to = ?, recipient = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", e.status(), e.redirectedTo(), e.recipient(),
                    e.updatedAt(), e.id(), e.version());
            if (n == 0) {
                throw new StaleWriteException("errand", e.ref().value(), e.version());
            }
            refreshCaseSummary(e.caseId());
            return new Errand(e.id(), e.ref(), e.caseId(), e.unitKey(), e.recipient(), e.via(), e.status(), e.dueAt(),
                    e.createdAt(), e.updatedAt(), e.redirectedTo(), e.version() + 1);
        });
    }

    @Override
    public List<Errand> list(ErrandQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM errands WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.openOnly() || q.overdueOnly()) {
            sql.append(" AND status IN ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')");
        }
        if (q.overdueOnly()) {
            sql.append(" AND due_at < ?");
            params.add(q.now());
        }
        if (q.unitKey() != null) {
            sql.append(" AND unit_key = ?");
            params.add(q.unitKey());
        }
        sql.append(" ORDER BY due_at, id FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
        return jdbc.list(sql.toString(), JdbcErrandRepository::map, params.toArray());
    }

    /** Who did it, clipped to the column (an answer's sender may be a long display name). */
    private static String by(String by) {
        return by == null || by.length() <= 320 ? by : by.substring(0, 320);
    }

    private static Errand map(ResultSet rs) throws SQLException {
        return new Errand(rs.getLong("id"), new ErrandRef(rs.getString("ref")), rs.getLong("case_id"),
                rs.getString("unit_key"), rs.getString("recipient"), ErrandChannel.valueOf(rs.getString("via")),
                ErrandStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "due_at"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getString("redirected_to"),
                rs.getLong("version"));
    }
}
