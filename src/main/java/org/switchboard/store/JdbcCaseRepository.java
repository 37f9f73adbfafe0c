package org.switchboard.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.port.CaseRepository;
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;

/**
 * Cases and the queue query. Every sort is a keyset over an index ({@code V1__initial_schema.sql}), with
 * the keyset written as a row value, which H2 and PostgreSQL both turn into an index range scan.
 */
public final class JdbcCaseRepository implements CaseRepository {
    private static final String CASE_COLUMNS = "id, status, outcome, priority_key, assignee, contact_id, account_id, "
            + "platform, preview, created_at, last_activity_at, waiting_since, message_count, resolved_at, version";

    private final Jdbc jdbc;

    public JdbcCaseRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Case insert(Case c) {
        long id = jdbc.insert("INSERT INTO cases (status, outcome, priority_key, assignee, contact_id, account_id, "
                        + "platform, preview, created_at, last_activity_at, waiting_since, queue_at, message_count, "
                        + "resolved_at, unread, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                c.status(), c.outcome(), priorityKey(c.priority()), c.assignee(), c.contactId(), c.accountId(),
                c.platform().id(), clip(c.preview()), c.createdAt(), c.lastActivityAt(), c.waitingSince(),
                queueAt(c), c.messageCount(), c.resolvedAt(), true);
        writeTags(id, c.tags());
        return new Case(id, c.status(), c.outcome(), c.priority(), c.assignee(), c.tags(), c.contactId(),
                c.accountId(), c.platform(), c.preview(), c.createdAt(), c.lastActivityAt(), c.waitingSince(),
                c.messageCount(), c.resolvedAt(), 0);
    }

    @Override
    public List<Case> insertAll(List<Case> cases) {
        long[] ids = jdbc.batchInsert("INSERT INTO cases (status, outcome, priority_key, assignee, contact_id, "
                + "account_id, platform, preview, created_at, last_activity_at, waiting_since, queue_at, message_count, "
                + "resolved_at, unread, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", cases.stream()
                .map(c -> new Object[] {c.status(), c.outcome(), priorityKey(c.priority()), c.assignee(), c.contactId(),
                        c.accountId(), c.platform().id(), clip(c.preview()), c.createdAt(), c.lastActivityAt(),
                        c.waitingSince(), queueAt(c), c.messageCount(), c.resolvedAt(), true}).toList());
        List<Object[]> tags = new ArrayList<>();
        List<Case> out = new ArrayList<>(cases.size());
        for (int i = 0; i < ids.length; i++) {
            Case c = cases.get(i);
            long id = ids[i];
            c.tags().stream().distinct().forEach(t -> tags.add(new Object[] {id, t}));
            out.add(new Case(id, c.status(), c.outcome(), c.priority(), c.assignee(), c.tags(), c.contactId(),
                    c.accountId(), c.platform(), c.preview(), c.createdAt(), c.lastActivityAt(), c.waitingSince(),
                    c.messageCount(), c.resolvedAt(), 0));
        }
        jdbc.batch("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", tags);
        return out;
    }

    @Override
    public List<Case> findAll(java.util.Collection<Long> ids) {
        List<Case> cases = jdbc.listIn("SELECT " + CASE_COLUMNS + " FROM cases WHERE id IN (%s)", ids,
                rs -> mapCase(rs, List.of()));
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.listIn("SELECT case_id, tag FROM case_tags WHERE case_id IN (%s) ORDER BY tag",
                cases.stream().map(Case::id).toList(), rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                });
        return cases.stream().map(c -> tags.containsKey(c.id()) ? c.withTags(tags.get(c.id())) : c).toList();
    }

    @Override
    public List<Case> updateAll(List<Case> cases) {
        int[] counts = jdbc.batchUpdate("UPDATE cases SET status = ?, outcome = ?, priority_key = ?, assignee = ?, "
                        + "contact_id = ?, account_id = ?, platform = ?, preview = ?, last_activity_at = ?, "
                        + "waiting_since = ?, queue_at = ?, message_count = ?, resolved_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?", cases.stream().map(c -> new Object[] {c.status(), c.outcome(),
                        priorityKey(c.priority()), c.assignee(), c.contactId(), c.accountId(), c.platform().id(),
                        clip(c.preview()), c.lastActivityAt(), c.waitingSince(), queueAt(c), c.messageCount(),
                        c.resolvedAt(), c.id(), c.version()}).toList());
        List<Case> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (counts[i] == 0) {
                throw new StaleWriteException("case", c.id(), c.version());
            }
            out.add(new Case(c.id(), c.status(), c.outcome(), c.priority(), c.assignee(), c.tags(), c.contactId(),
                    c.accountId(), c.platform(), c.preview(), c.createdAt(), c.lastActivityAt(), c.waitingSince(),
                    c.messageCount(), c.resolvedAt(), c.version() + 1));
        }
        return out;
    }

    @Override
    public Optional<Case> find(long id) {
        return jdbc.one("SELECT " + CASE_COLUMNS + " FROM cases WHERE id = ?", rs -> mapCase(rs, tagsOf(id)), id);
    }

    @Override
    public Case update(Case c) {
        int n = jdbc.update("UPDATE cases SET status = ?, outcome = ?, priority_key = ?, assignee = ?, contact_id = ?, "
                        + "account_id = ?, platform = ?, preview = ?, last_activity_at = ?, waiting_since = ?, "
                        + "queue_at = ?, message_count = ?, resolved_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?",
                c.status(), c.outcome(), priorityKey(c.priority()), c.assignee(), c.contactId(), c.accountId(),
                c.platform().id(), clip(c.preview()), c.lastActivityAt(), c.waitingSince(), queueAt(c),
                c.messageCount(), c.resolvedAt(), c.id(), c.version());
        if (n == 0) {
            throw new StaleWriteException("case", c.id(), c.version());
        }
        jdbc.update("DELETE FROM case_tags WHERE case_id = ?", c.id());
        writeTags(c.id(), c.tags());
        return new Case(c.id(), c.status(), c.outcome(), c.priority(), c.assignee(), c.tags(), c.contactId(),
                c.accountId(), c.platform(), c.preview(), c.createdAt(), c.lastActivityAt(), c.waitingSince(),
                c.messageCount(), c.resolvedAt(), c.version() + 1);
    }

    @Override
    public QueuePage page(QueueQuery q, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(now);
        StringBuilder sql = new StringBuilder("SELECT c.id, c.status, c.priority_key, c.platform, c.account_id, "
                + "a.name AS account_name, c.contact_id, ct.name AS contact_name, "
                + "(SELECT MIN(i.handle) FROM identities i WHERE i.contact_id = c.contact_id "
                + "AND i.platform = c.platform) AS contact_handle, c.preview, c.created_at, c.last_activity_at, "
                + "c.waiting_since, c.queue_at, c.message_count, c.assignee, c.open_errands, "
                + "(SELECT COUNT(*) FROM errands e WHERE e.case_id = c.id AND e.status IN "
                + "('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS') AND e.due_at < ?) AS overdue_errands, c.unread "
                + "FROM cases c JOIN contacts ct ON ct.id = c.contact_id LEFT JOIN accounts a ON a.id = c.account_id");
        sql.append(QueueSql.where(q.filter(), now, params));
        QueueSql.keysetAndOrder(q, sql, params);
        sql.append(" FETCH FIRST ? ROWS ONLY");
        params.add(q.limit() + 1);

        List<Object[]> raw = new ArrayList<>();
        List<QueueRow> rows = jdbc.list(sql.toString(), rs -> {
            raw.add(new Object[] {rs.getInt("priority_key"), Jdbc.instant(rs, "queue_at"),
                    Jdbc.instant(rs, "last_activity_at")});
            return mapRow(rs);
        }, params.toArray());
        QueueCursor next = null;
        if (rows.size() > q.limit()) {
            rows = new ArrayList<>(rows.subList(0, q.limit()));
            QueueRow last = rows.getLast();
            Object[] key = raw.get(q.limit() - 1);
            Instant at = q.sort() == org.switchboard.domain.queue.QueueSort.NEWEST ? (Instant) key[2] : (Instant) key[1];
            next = new QueueCursor(q.sort(), (Integer) key[0], at, last.id());
        }
        return new QueuePage(withTags(rows), next);
    }

    @Override
    public long count(QueueFilter filter, Instant now) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM cases c" + QueueSql.countWhere(filter, now, params);
        return jdbc.count(sql, params.toArray());
    }

    @Override
    public List<Case> openCasesOf(long contactId) {
        return casesWhere("contact_id = ? AND status NOT IN ('RESOLVED', 'CLOSED')", contactId);
    }

    @Override
    public List<Case> casesOf(long contactId) {
        return casesWhere("contact_id = ?", contactId);
    }

    private List<Case> casesWhere(String condition, Object... params) {
        List<Case> cases = jdbc.list("SELECT " + CASE_COLUMNS + " FROM cases WHERE " + condition
                + " ORDER BY last_activity_at DESC, id DESC", rs -> mapCase(rs, List.of()), params);
        Map<Long, List<String>> tags = tagsOf(cases.stream().map(Case::id).toList());
        return cases.stream().map(c -> c.withTags(tags.getOrDefault(c.id(), List.of()))).toList();
    }

    @Override
    public void markRead(long id) {
        jdbc.update("UPDATE cases SET unread = FALSE WHERE id = ?", id);
    }

    @Override
    public void moveContents(long fromCaseId, long toCaseId) {
        // a draft remembers the case it was begun on, so the window of that case still finds it after the move
        jdbc.update("UPDATE drafts SET origin_case_id = case_id WHERE case_id = ? AND origin_case_id IS NULL",
                fromCaseId);
        jdbc.update("UPDATE cases SET merged_into = ? WHERE id = ?", toCaseId, fromCaseId);
        for (String table : new String[] {"messages", "notes", "errands", "drafts", "outbox"}) {
            jdbc.update("UPDATE " + table + " SET case_id = ? WHERE case_id = ?", toCaseId, fromCaseId);
        }
        refreshErrandSummary(fromCaseId);
        refreshErrandSummary(toCaseId);
    }

    @Override
    public java.util.Optional<Long> mergedInto(long caseId) {
        return jdbc.one("SELECT merged_into FROM cases WHERE id = ?",
                rs -> java.util.Optional.ofNullable(Jdbc.nullableLong(rs, "merged_into")), caseId)
                .flatMap(into -> into);
    }

    @Override
    public void moveMessage(long messageId, long toCaseId) {
        jdbc.update("UPDATE messages SET case_id = ? WHERE id = ?", toCaseId, messageId);
    }

    @Override
    public void refreshErrandSummary(long caseId) {
        String open = "e.case_id = cases.id AND e.status IN ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')";
        jdbc.update("UPDATE cases SET open_errands = (SELECT COUNT(*) FROM errands e WHERE " + open + "), "
                + "next_errand_due = (SELECT MIN(e.due_at) FROM errands e WHERE " + open + ") WHERE id = ?", caseId);
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.list("SELECT id FROM cases WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY", rs -> rs.getLong(1),
                afterId, limit);
    }

    @Override
    public long countAll() {
        return jdbc.count("SELECT COUNT(*) FROM cases");
    }

    private void writeTags(long caseId, List<String> tags) {
        jdbc.batch("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)",
                tags.stream().distinct().map(t -> new Object[] {caseId, t}).toList());
    }

    private List<String> tagsOf(long caseId) {
        return jdbc.list("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag", rs -> rs.getString(1), caseId);
    }

    private Map<Long, List<String>> tagsOf(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        jdbc.list("SELECT case_id, tag FROM case_tags WHERE case_id IN (" + in + ") ORDER BY tag", rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        }, ids.toArray());
        return out;
    }

    private List<QueueRow> withTags(List<QueueRow> rows) {
        Map<Long, List<String>> tags = tagsOf(rows.stream().map(QueueRow::id).toList());
        return rows.stream().map(r -> tags.containsKey(r.id()) ? new QueueRow(r.id(), r.status(), r.priority(),
                r.platform(), r.accountId(), r.accountName(), r.contactId(), r.contactName(), r.contactHandle(),
                r.preview(), r.createdAt(), r.lastActivityAt(), r.waitingSince(), r.messageCount(), r.assignee(),
                tags.get(r.id()), r.openErrands(), r.overdueErrands(), r.unread()) : r).toList();
    }

    private static QueueRow mapRow(ResultSet rs) throws SQLException {
        return new QueueRow(rs.getLong("id"), CaseStatus.valueOf(rs.getString("status")),
                priorityOf(rs.getInt("priority_key")), Platform.fromId(rs.getString("platform")),
                Jdbc.nullableLong(rs, "account_id"), rs.getString("account_name"), rs.getLong("contact_id"),
                rs.getString("contact_name"), rs.getString("contact_handle"), rs.getString("preview"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_activity_at"),
                CaseStatus.valueOf(rs.getString("status")).customerWaiting() ? Jdbc.instant(rs, "waiting_since") : null,
                rs.getInt("message_count"), rs.getString("assignee"), List.of(),
                rs.getInt("open_errands"), rs.getInt("overdue_errands"), rs.getBoolean("unread"));
    }

    private static Case mapCase(ResultSet rs, List<String> tags) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Case(rs.getLong("id"), CaseStatus.valueOf(rs.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome), priorityOf(rs.getInt("priority_key")),
                rs.getString("assignee"), tags, rs.getLong("contact_id"), Jdbc.nullableLong(rs, "account_id"),
                Platform.fromId(rs.getString("platform")), rs.getString("preview"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "last_activity_at"), Jdbc.instant(rs, "waiting_since"), rs.getInt("message_count"),
                Jdbc.instant(rs, "resolved_at"), rs.getLong("version"));
    }

    /** The ascending sort key of a priority: urgent sorts first. */
    static int priorityKey(Priority p) {
        return Priority.URGENT.rank() - p.rank();
    }

    private static Priority priorityOf(int key) {
        return Priority.fromRank(Priority.URGENT.rank() - key);
    }

    /**
     * The sort key of the default order. A contact who waits sorts by how long; a case nobody waits on
     * (answered, waiting on the customer, resolved) sorts after all waiting ones, by last activity. The
     * offset keeps that a single indexed column, so paging stays a range scan.
     */
    static Instant queueAt(Case c) {
        Instant waiting = waitingSince(c);
        return waiting != null ? waiting : c.lastActivityAt().plus(NOT_WAITING_OFFSET);
    }

    /** The waiting time counts only while the contact waits on us. */
    private static Instant waitingSince(Case c) {
        return c.status().customerWaiting() ? c.waitingSince() : null;
    }

    private static final java.time.Duration NOT_WAITING_OFFSET = java.time.Duration.ofDays(1000L * 366);

    private static String clip(String preview) {
        return preview.length() <= 300 ? preview : preview.substring(0, 300);
    }
}
