package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.port.OutboxRepository;

/** The outbox. Due entries are found through the index (state, next_attempt_at, id); the listing by (created_at, id). */
public final class JdbcOutboxRepository implements OutboxRepository {
    private static final String COLUMNS = "id, draft_id, case_id, account_id, account_name, platform, "
            + "target_message_id, channel, state, attempts, read_back, last_error, failure_kind, external_id, url, idempotency_key, "
            + "body, created_at, updated_at, first_attempt_at, sent_at, next_attempt_at, version";

    private final Jdbc jdbc;

    public JdbcOutboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OutboxEntry insert(OutboxEntry e) {
        long id = jdbc.insert("INSERT INTO outbox (draft_id, case_id, account_id, account_name, platform, "
                        + "target_message_id, channel, state, attempts, read_back, last_error, failure_kind, external_id, url, "
                        + "idempotency_key, body, created_at, updated_at, first_attempt_at, sent_at, next_attempt_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                e.draftId(), e.caseId(), e.accountId(), e.accountName(), e.platform().id(), e.targetMessageId(),
                e.channel(), e.state(), e.attempts(), e.readBack(), clip(e.lastError()), e.failureKind(), e.externalId(), e.url(),
                e.idempotencyKey(), e.text(), e.createdAt(), e.updatedAt(), e.firstAttemptAt(), e.sentAt(),
                e.nextAttemptAt());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", JdbcOutboxRepository::map, id);
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        // two index ranges of (state, next_attempt_at, id): due at once, then due by time
        List<OutboxEntry> out = new java.util.ArrayList<>(jdbc.list("SELECT " + COLUMNS + " FROM outbox "
                + "WHERE state = 'QUEUED' AND next_attempt_at IS NULL ORDER BY id FETCH FIRST ? ROWS ONLY",
                JdbcOutboxRepository::map, limit));
        if (out.size() < limit) {
            out.addAll(jdbc.list("SELECT " + COLUMNS + " FROM outbox WHERE state = 'QUEUED' AND next_attempt_at <= ? "
                            + "ORDER BY state, next_attempt_at, id FETCH FIRST ? ROWS ONLY", JdbcOutboxRepository::map,
                    now, limit - out.size()));
        }
        return out;
    }

    @Override
    public List<OutboxEntry> inState(OutboxEntry.State state, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                JdbcOutboxRepository::map, state, limit);
    }

    @Override
    public Optional<Instant> nextAttempt() {
        return jdbc.one("SELECT MIN(next_attempt_at) AS next FROM outbox WHERE state = 'QUEUED'",
                rs -> Optional.ofNullable(Jdbc.instant(rs, "next"))).flatMap(o -> o);
    }

    @Override
    public Optional<OutboxEntry> update(OutboxEntry e) {
        int rows = jdbc.update("UPDATE outbox SET account_id = ?, state = ?, attempts = ?, read_back = ?, "
                        + "last_error = ?, failure_kind = ?, external_id = ?, url = ?, body = ?, updated_at = ?, first_attempt_at = ?, "
                        + "sent_at = ?, next_attempt_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                e.accountId(), e.state(), e.attempts(), e.readBack(), clip(e.lastError()), e.failureKind(), e.externalId(), e.url(),
                e.text(), e.updatedAt(), e.firstAttemptAt(), e.sentAt(), e.nextAttemptAt(), e.id(), e.version());
        return rows == 0 ? Optional.empty() : find(e.id());
    }

    @Override
    public List<OutboxEntry> page(Instant sentSince, Instant afterCreatedAt, long afterId, int limit) {
        if (afterCreatedAt == null) {
            return jdbc.list("SELECT " + COLUMNS + " FROM outbox WHERE (state <> 'SENT' OR sent_at >= ?) "
                    + "ORDER BY created_at, id FETCH FIRST ? ROWS ONLY", JdbcOutboxRepository::map, sentSince, limit);
        }
        return jdbc.list("SELECT " + COLUMNS + " FROM outbox WHERE (created_at, id) > (?, ?) "
                        + "AND (state <> 'SENT' OR sent_at >= ?) ORDER BY created_at, id FETCH FIRST ? ROWS ONLY",
                JdbcOutboxRepository::map, afterCreatedAt, afterId, sentSince, limit);
    }

    @Override
    public Optional<OutboxEntry> latestForDraft(long draftId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM outbox WHERE draft_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                JdbcOutboxRepository::map, draftId);
    }

    @Override
    public int makeDue(long accountId, Instant now) {
        return jdbc.update("UPDATE outbox SET next_attempt_at = ?, version = version + 1 WHERE state = 'QUEUED' "
                + "AND account_id = ? AND next_attempt_at > ? AND failure_kind IN ('NETWORK', 'SERVER_ERROR')", now, accountId,
                now);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1999) + "…";
    }

    private static OutboxEntry map(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getLong("draft_id"), rs.getLong("case_id"),
                Jdbc.nullableLong(rs, "account_id"), rs.getString("account_name"),
                Platform.fromId(rs.getString("platform")), Jdbc.nullableLong(rs, "target_message_id"),
                ReplyChannel.valueOf(rs.getString("channel")), OutboxEntry.State.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs.getBoolean("read_back"), rs.getString("last_error"), rs.getString("failure_kind"),
                rs.getString("external_id"), rs.getString("url"), rs.getString("idempotency_key"), rs.getString("body"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"), Jdbc.instant(rs, "first_attempt_at"),
                Jdbc.instant(rs, "sent_at"), Jdbc.instant(rs, "next_attempt_at"), rs.getLong("version"));
    }
}
