package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.MessageRepository;

/** Messages, their edit history and attachments. */
public final class JdbcMessageRepository implements MessageRepository {
    private static final String COLUMNS = "id, case_id, account_id, platform, external_id, direction, kind, "
            + "contact_id, author, body, subject, created_at, edited_at, url, in_reply_to, thread_key, reply_context";

    private final Jdbc jdbc;

    public JdbcMessageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Message insert(Message m) {
        long id = jdbc.insert("INSERT INTO messages (case_id, account_id, platform, external_id, direction, kind, "
                        + "contact_id, author, body, subject, created_at, edited_at, url, in_reply_to, thread_key, "
                        + "reply_context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.caseId(), m.accountId(), m.platform().id(), m.externalId(), m.direction(), m.kind(),
                m.contactId(), m.author(), m.text(), m.subject(), m.createdAt(), m.editedAt(), m.url(),
                m.inReplyTo(), m.threadKey(), m.replyContext().isEmpty() ? null : Json.writeMap(m.replyContext()));
        jdbc.batch("INSERT INTO message_edits (message_id, body, valid_from) VALUES (?, ?, ?)",
                m.history().stream().map(h -> new Object[] {id, h.text(), h.at()}).toList());
        jdbc.batch("INSERT INTO message_attachments (message_id, kind, url, name) VALUES (?, ?, ?, ?)",
                m.attachments().stream().map(a -> new Object[] {id, a.type(), a.url(), a.name()}).toList());
        return m.withIds(id, m.caseId());
    }

    @Override
    public List<Message> insertAll(List<Message> messages) {
        long[] ids = jdbc.batchInsert("INSERT INTO messages (case_id, account_id, platform, external_id, direction, "
                + "kind, contact_id, author, body, subject, created_at, edited_at, url, in_reply_to, thread_key, "
                + "reply_context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", messages.stream()
                .map(m -> new Object[] {m.caseId(), m.accountId(), m.platform().id(), m.externalId(), m.direction(),
                        m.kind(), m.contactId(), m.author(), m.text(), m.subject(), m.createdAt(), m.editedAt(),
                        m.url(), m.inReplyTo(), m.threadKey(),
                        m.replyContext().isEmpty() ? null : Json.writeMap(m.replyContext())}).toList());
        List<Object[]> edits = new ArrayList<>();
        List<Object[]> files = new ArrayList<>();
        List<Message> out = new ArrayList<>(messages.size());
        for (int i = 0; i < ids.length; i++) {
            Message m = messages.get(i);
            long id = ids[i];
            m.history().forEach(h -> edits.add(new Object[] {id, h.text(), h.at()}));
            m.attachments().forEach(a -> files.add(new Object[] {id, a.type(), a.url(), a.name()}));
            out.add(m.withIds(id, m.caseId()));
        }
        jdbc.batch("INSERT INTO message_edits (message_id, body, valid_from) VALUES (?, ?, ?)", edits);
        jdbc.batch("INSERT INTO message_attachments (message_id, kind, url, name) VALUES (?, ?, ?, ?)", files);
        return out;
    }

    @Override
    public Map<String, Message> findByExternalIds(long accountId, java.util.Collection<String> externalIds) {
        Map<String, Message> out = new HashMap<>();
        for (Message m : jdbc.listEach("SELECT " + COLUMNS + " FROM messages WHERE account_id = ? AND external_id = ?",
                externalIds, JdbcMessageRepository::map, accountId)) {
            out.put(m.externalId(), m);
        }
        return out;
    }

    @Override
    public List<Message> findByIds(java.util.Collection<Long> ids) {
        return jdbc.listIn("SELECT " + COLUMNS + " FROM messages WHERE id IN (%s)", ids, JdbcMessageRepository::map);
    }

    @Override
    public List<Message> forCase(long caseId) {
        List<Message> bare = jdbc.list("SELECT " + COLUMNS + " FROM messages WHERE case_id = ? "
                + "ORDER BY created_at, id", JdbcMessageRepository::map, caseId);
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<MessageEdit>> edits = new HashMap<>();
        jdbc.list("SELECT e.message_id, e.body, e.valid_from FROM message_edits e JOIN messages m "
                + "ON m.id = e.message_id WHERE m.case_id = ? ORDER BY e.id", rs -> {
                    edits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MessageEdit(rs.getString(2), Jdbc.instant(rs, "valid_from")));
                    return null;
                }, caseId);
        Map<Long, List<Attachment>> files = new HashMap<>();
        jdbc.list("SELECT a.message_id, a.kind, a.url, a.name FROM message_attachments a JOIN messages m "
                + "ON m.id = a.message_id WHERE m.case_id = ? ORDER BY a.id", rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Attachment(rs.getString(2), rs.getString(3), rs.getString(4)));
                    return null;
                }, caseId);
        return bare.stream().map(m -> withDetails(m, edits.get(m.id()), files.get(m.id()))).toList();
    }

    @Override
    public Optional<Message> findByExternalId(long accountId, String externalId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM messages WHERE account_id = ? AND external_id = ?",
                JdbcMessageRepository::map, accountId, externalId).map(this::withHistory);
    }

    @Override
    public Optional<Message> firstInThread(long accountId, String threadKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM messages WHERE account_id = ? AND thread_key = ? "
                + "ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY", JdbcMessageRepository::map, accountId, threadKey);
    }

    @Override
    public void updateEdited(Message m, List<MessageEdit> newHistoryEntries) {
        jdbc.update("UPDATE messages SET body = ?, edited_at = ? WHERE id = ?", m.text(), m.editedAt(), m.id());
        jdbc.batch("INSERT INTO message_edits (message_id, body, valid_from) VALUES (?, ?, ?)",
                newHistoryEntries.stream().map(h -> new Object[] {m.id(), h.text(), h.at()}).toList());
    }

    private Message withHistory(Message m) {
        List<MessageEdit> edits = jdbc.list("SELECT body, valid_from FROM message_edits WHERE message_id = ? ORDER BY id",
                rs -> new MessageEdit(rs.getString(1), Jdbc.instant(rs, "valid_from")), m.id());
        return edits.isEmpty() ? m : m.edited(m.text(), m.editedAt(), edits);
    }

    private static Message withDetails(Message m, List<MessageEdit> edits, List<Attachment> files) {
        if (edits == null && files == null) {
            return m;
        }
        return new Message(m.id(), m.caseId(), m.accountId(), m.platform(), m.externalId(), m.direction(), m.kind(),
                m.contactId(), m.author(), m.text(), m.subject(), m.createdAt(), m.editedAt(), edits, m.url(),
                m.inReplyTo(), files, m.threadKey(), m.replyContext());
    }

    private static Message map(ResultSet rs) throws SQLException {
        return new Message(rs.getLong("id"), rs.getLong("case_id"), Jdbc.nullableLong(rs, "account_id"),
                Platform.fromId(rs.getString("platform")), rs.getString("external_id"),
                Direction.valueOf(rs.getString("direction")), MessageKind.valueOf(rs.getString("kind")),
                Jdbc.nullableLong(rs, "contact_id"), rs.getString("author"), rs.getString("body"),
                rs.getString("subject"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "edited_at"), List.of(),
                rs.getString("url"), rs.getString("in_reply_to"), List.of(), rs.getString("thread_key"),
                Json.readMap(rs.getString("reply_context")));
    }
}
