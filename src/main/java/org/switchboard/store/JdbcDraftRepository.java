package org.switchboard.store;

import java.util.List;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.port.DraftRepository;

/** Reply drafts. */
public final class JdbcDraftRepository implements DraftRepository {
    private final Jdbc jdbc;

    public JdbcDraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Draft insert(Draft d) {
        long id = jdbc.insert("INSERT INTO drafts (case_id, channel, in_reply_to, body, state, created_at, updated_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", d.caseId(), d.channel(), d.inReplyTo(), d.text(),
                d.state(), d.createdAt(), d.updatedAt());
        return new Draft(id, d.caseId(), d.channel(), d.inReplyTo(), d.text(), d.state(), d.createdAt(),
                d.updatedAt(), 0);
    }

    @Override
    public List<Draft> forCase(long caseId) {
        return jdbc.list("SELECT id, case_id, channel, in_reply_to, body, state, created_at, updated_at, version "
                        + "FROM drafts WHERE case_id = ? AND state <> 'DISCARDED' ORDER BY id",
                rs -> new Draft(rs.getLong("id"), rs.getLong("case_id"), ReplyChannel.valueOf(rs.getString("channel")),
                        rs.getString("in_reply_to"), rs.getString("body"), Draft.State.valueOf(rs.getString("state")),
                        Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version")),
                caseId);
    }
}
