package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.CaseLink;
import org.switchboard.domain.port.CaseLinkRepository;

/** Links between duplicate cases and their main case. */
public final class JdbcCaseLinkRepository implements CaseLinkRepository {
    private final Jdbc jdbc;

    public JdbcCaseLinkRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(CaseLink link) {
        jdbc.inTransaction(() -> {
            jdbc.update("DELETE FROM case_links WHERE case_id = ?", link.caseId());
            jdbc.update("INSERT INTO case_links (case_id, duplicate_of, linked_by, linked_at) VALUES (?, ?, ?, ?)",
                    link.caseId(), link.duplicateOf(), link.linkedBy(), link.linkedAt());
            return null;
        });
    }

    @Override
    public boolean remove(long caseId) {
        return jdbc.update("DELETE FROM case_links WHERE case_id = ?", caseId) > 0;
    }

    @Override
    public Optional<CaseLink> of(long caseId) {
        return jdbc.one("SELECT case_id, duplicate_of, linked_by, linked_at FROM case_links WHERE case_id = ?",
                JdbcCaseLinkRepository::map, caseId);
    }

    @Override
    public List<CaseLink> duplicatesOf(long mainCaseId) {
        return jdbc.list("SELECT case_id, duplicate_of, linked_by, linked_at FROM case_links WHERE duplicate_of = ? "
                + "ORDER BY linked_at, case_id", JdbcCaseLinkRepository::map, mainCaseId);
    }

    @Override
    public void moveDuplicates(long fromMain, long toMain) {
        jdbc.update("UPDATE case_links SET duplicate_of = ? WHERE duplicate_of = ?", toMain, fromMain);
    }

    private static CaseLink map(ResultSet rs) throws SQLException {
        return new CaseLink(rs.getLong("case_id"), rs.getLong("duplicate_of"), rs.getString("linked_by"),
                Jdbc.instant(rs, "linked_at"));
    }
}
