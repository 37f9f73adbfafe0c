package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.Open311Status;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.port.ErrandMailRepository;

/** Deliveries of dossiers, answers already read, unmatched mails and answer files. */
public final class JdbcErrandMailRepository implements ErrandMailRepository {
    private final Jdbc jdbc;

    public JdbcErrandMailRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveDelivery(ErrandDelivery d) {
        jdbc.inTransaction(() -> {
            String failure = d.failure() == null ? null : d.failure().id();
            int n = jdbc.update("UPDATE errand_deliveries SET message_id = ?, external_id = ?, delivered = ?, attempts = ?, "
                            + "last_error = ?, delivered_at = ?, failure = ?, first_failed_at = ?, next_attempt_at = ? "
                            + "WHERE errand_id = ?", d.messageId(), d.externalId(), d.delivered(), d.attempts(),
                    d.lastError(), d.deliveredAt(), failure, d.firstFailedAt(), d.nextAttemptAt(), d.errandId());
            if (n == 0) {
                jdbc.update("INSERT INTO errand_deliveries (errand_id, message_id, external_id, delivered, attempts, "
                                + "last_error, delivered_at, failure, first_failed_at, next_attempt_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.errandId(), d.messageId(),
                        d.externalId(), d.delivered(), d.attempts(), d.lastError(), d.deliveredAt(), failure,
                        d.firstFailedAt(), d.nextAttemptAt());
            }
            return null;
        });
    }

    @Override
    public Optional<ErrandDelivery> delivery(long errandId) {
        return jdbc.one("SELECT errand_id, message_id, external_id, delivered, attempts, last_error, delivered_at, "
                + "failure, first_failed_at, next_attempt_at FROM errand_deliveries WHERE errand_id = ?",
                JdbcErrandMailRepository::delivery, errandId);
    }

    @Override
    public List<Long> undelivered() {
        return jdbc.list("SELECT errand_id FROM errand_deliveries WHERE delivered = FALSE ORDER BY errand_id",
                rs -> rs.getLong(1));
    }

    @Override
    public List<Long> dueForDelivery(Instant now) {
        return jdbc.list("SELECT errand_id FROM errand_deliveries WHERE delivered = FALSE "
                + "AND (failure IS NULL OR failure = 'retrying') AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                + "ORDER BY errand_id", rs -> rs.getLong(1), now);
    }

    @Override
    public Optional<Long> errandByMessageId(String messageId) {
        return jdbc.one("SELECT errand_id FROM errand_deliveries WHERE message_id = ?", rs -> rs.getLong(1), messageId);
    }

    @Override
    public boolean answerRead(String messageId) {
        return jdbc.count("SELECT COUNT(*) FROM errand_answers_read WHERE message_id = ?", messageId) > 0;
    }

    @Override
    public void markAnswerRead(String messageId, Instant at) {
        jdbc.update("INSERT INTO errand_answers_read (message_id, read_at) VALUES (?, ?)", messageId, at);
    }

    @Override
    public UnmatchedMail addUnmatched(UnmatchedMail m) {
        long id = jdbc.insert("INSERT INTO unmatched_mails (message_id, from_address, subject, body, sent_at, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", m.messageId(), clip(m.from(), 400), m.subject(), m.text(), m.sentAt(),
                m.receivedAt());
        return new UnmatchedMail(id, m.messageId(), m.from(), m.subject(), m.text(), m.sentAt(), m.receivedAt(),
                m.attachments());
    }

    @Override
    public List<UnmatchedMail> unmatched(int limit) {
        return jdbc.list("SELECT id, message_id, from_address, subject, body, sent_at, received_at FROM unmatched_mails "
                + "ORDER BY received_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                JdbcErrandMailRepository::unmatchedRow).stream().map(u -> new UnmatchedMail(u.id(), u.messageId(), u.from(), u.subject(), u.text(),
                u.sentAt(), u.receivedAt(), fileNames(u.id()))).toList();
    }

    @Override
    public Optional<UnmatchedMail> unmatchedMail(long id) {
        return jdbc.one("SELECT id, message_id, from_address, subject, body, sent_at, received_at FROM unmatched_mails "
                + "WHERE id = ?", JdbcErrandMailRepository::unmatchedRow, id).map(u -> new UnmatchedMail(u.id(),
                u.messageId(), u.from(), u.subject(), u.text(), u.sentAt(), u.receivedAt(), fileNames(u.id())));
    }

    @Override
    public List<MailAttachment> attachmentsOfUnmatched(long unmatchedId) {
        return jdbc.list("SELECT file_name, content_type, data FROM errand_attachments WHERE unmatched_id = ? "
                        + "ORDER BY id", rs -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("data")), unmatchedId);
    }

    @Override
    public void deleteUnmatched(long unmatchedId) {
        jdbc.inTransaction(() -> {
            jdbc.update("DELETE FROM errand_attachments WHERE unmatched_id = ?", unmatchedId);
            jdbc.update("DELETE FROM unmatched_mails WHERE id = ?", unmatchedId);
            return null;
        });
    }

    private static UnmatchedMail unmatchedRow(ResultSet rs) throws SQLException {
        return new UnmatchedMail(rs.getLong("id"), rs.getString("message_id"), rs.getString("from_address"),
                rs.getString("subject"), rs.getString("body"), Jdbc.instant(rs, "sent_at"),
                Jdbc.instant(rs, "received_at"), List.of());
    }

    private List<String> fileNames(long unmatchedId) {
        return jdbc.list("SELECT file_name FROM errand_attachments WHERE unmatched_id = ? ORDER BY id",
                rs -> rs.getString(1), unmatchedId);
    }

    @Override
    public void addAttachment(Long errandEventId, Long unmatchedId, MailAttachment f) {
        jdbc.insert("INSERT INTO errand_attachments (errand_event_id, unmatched_id, file_name, content_type, size_bytes, "
                + "data) VALUES (?, ?, ?, ?, ?, ?)", errandEventId, unmatchedId, clip(f.name(), 500),
                clip(f.contentType(), 200), f.size(), f.data());
    }

    @Override
    public List<MailAttachment> attachmentsOfEvent(long errandEventId) {
        return jdbc.list("SELECT file_name, content_type, data FROM errand_attachments WHERE errand_event_id = ? "
                        + "ORDER BY id", rs -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("data")), errandEventId);
    }

    @Override
    public List<String> fileNamesOfEvent(long errandEventId) {
        return jdbc.list("SELECT file_name FROM errand_attachments WHERE errand_event_id = ? ORDER BY id",
                rs -> rs.getString(1), errandEventId);
    }

    @Override
    public Optional<Open311Status> lastOpen311Status(long errandId) {
        return jdbc.one("SELECT d.external_id, s.status, s.status_notes, s.agency FROM open311_statuses s "
                + "JOIN errand_deliveries d ON d.errand_id = s.errand_id WHERE s.errand_id = ?",
                rs -> new Open311Status(rs.getString(1) == null ? "?" : rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), errandId);
    }

    @Override
    public void saveOpen311Status(long errandId, Open311Status s, Instant at) {
        jdbc.inTransaction(() -> {
            Object[] values = {s.status(), clip(s.statusNotes(), 4000), clip(s.agencyResponsible(), 400), at, errandId};
            if (jdbc.update("UPDATE open311_statuses SET status = ?, status_notes = ?, agency = ?, polled_at = ? "
                    + "WHERE errand_id = ?", values) == 0) {
                jdbc.update("INSERT INTO open311_statuses (status, status_notes, agency, polled_at, errand_id) "
                        + "VALUES (?, ?, ?, ?, ?)", values);
            }
            return null;
        });
    }

    private static ErrandDelivery delivery(ResultSet rs) throws SQLException {
        return new ErrandDelivery(rs.getLong("errand_id"), rs.getString("message_id"), rs.getString("external_id"),
                rs.getBoolean("delivered"), rs.getInt("attempts"), rs.getString("last_error"),
                Jdbc.instant(rs, "delivered_at"), ErrandDelivery.Failure.parse(rs.getString("failure")),
                Jdbc.instant(rs, "first_failed_at"), Jdbc.instant(rs, "next_attempt_at"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
