package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.port.DraftRepository;

/** Reply drafts. */
public final class JdbcDraftRepository implements DraftRepository {
    private static final String COLUMNS = "id, case_id, channel, in_reply_to, body, state, created_at, updated_at, "
            + "version, reply_to_message_id, base_message_id, origin_case_id";

    private final Jdbc jdbc;

    public JdbcDraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Draft insert(Draft d) {
        Long origin = d.originCaseId() != null ? d.originCaseId() : d.caseId();
        long id = jdbc.insert("INSERT INTO drafts (case_id, channel, in_reply_to, body, state, created_at, updated_at, "
                        + "version, reply_to_message_id, base_message_id, origin_case_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", d.caseId(), d.channel(), d.inReplyTo(), d.text(),
                d.state(), d.createdAt(), d.updatedAt(), d.replyToMessageId(), d.baseMessageId(), origin);
        return new Draft(id, d.caseId(), d.channel(), d.inReplyTo(), d.text(), d.state(), d.createdAt(),
                d.updatedAt(), 0, d.replyToMessageId(), d.baseMessageId(), origin);
    }

    @Override
    public List<Draft> forCase(long caseId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM drafts WHERE case_id = ? AND state <> 'DISCARDED' ORDER BY id",
                JdbcDraftRepository::map, caseId);
    }

    @Override
    public Optional<Draft> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM drafts WHERE id = ?", JdbcDraftRepository::map, id);
    }

    @Override
    public List<Draft> editing(long caseId, ReplyChannel channel, long originCaseId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM drafts WHERE case_id = ? AND channel = ? AND state = 'EDITING' "
                        + "ORDER BY CASE WHEN origin_case_id = ? THEN 0 ELSE 1 END, updated_at DESC, id DESC",
                JdbcDraftRepository::map, caseId, channel, originCaseId);
    }

    @Override
    public Draft update(Draft d) {
        int rows = jdbc.update("UPDATE drafts SET body = ?, state = ?, updated_at = ?, in_reply_to = ?, "
                        + "reply_to_message_id = ?, base_message_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                d.text(), d.state(), d.updatedAt(), d.inReplyTo(), d.replyToMessageId(), d.baseMessageId(), d.id(),
                d.version());
        if (rows == 0) {
            throw new StaleWriteException("draft", d.id(), d.version());
        }
        return find(d.id()).orElseThrow();
    }

    @Override
    public List<Draft> editingPage(long afterId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM drafts WHERE id > ? AND state = 'EDITING' ORDER BY id "
                + "FETCH FIRST ? ROWS ONLY", JdbcDraftRepository::map, afterId, limit);
    }

    @Override
    public long countEditing() {
        return jdbc.count("SELECT COUNT(*) FROM drafts WHERE state = 'EDITING'");
    }

    private static Draft map(ResultSet rs) throws SQLException {
        return new Draft(rs.getLong("id"), rs.getLong("case_id"), ReplyChannel.valueOf(rs.getString("channel")),
                rs.getString("in_reply_to"), rs.getString("body"), Draft.State.valueOf(rs.getString("state")),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), rs.getLong("version"),
                Jdbc.nullableLong(rs, "reply_to_message_id"), Jdbc.nullableLong(rs, "base_message_id"),
                Jdbc.nullableLong(rs, "origin_case_id"));
    }
}
