package org.switchboard.store;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;

/**
 * The SQL of the queue: the filter's WHERE clause and each sort's keyset condition and order, written so that H2
 * (and PostgreSQL) read an index in order (docs/performance.md). Portable SQL only. Pure.
 */
final class QueueSql {
    private QueueSql() {}

    /** After the WHERE clause: the keyset condition for the page after {@code q.after()}, and the sort's order. */
    static void keysetAndOrder(QueueQuery q, StringBuilder sql, List<Object> params) {
        QueueCursor after = q.after();
        switch (q.sort()) {
            case WAITING -> {
                if (after != null) {
                    sql.append(" AND (c.queue_at, c.id) > (?, ?)");
                    params.add(after.at());
                    params.add(after.id());
                }
                // one status: ordering by it too (a constant) lets H2 read the (status, queue_at, id) index in order
                sql.append(q.filter().effectiveStatuses().size() == 1 ? " ORDER BY c.status, c.queue_at, c.id"
                        : " ORDER BY c.queue_at, c.id");
            }
            case NEWEST -> {
                if (after != null) {
                    sql.append(" AND (c.last_activity_at, c.id) < (?, ?)");
                    params.add(after.at());
                    params.add(after.id());
                }
                sql.append(q.filter().effectiveStatuses().size() == 1
                        ? " ORDER BY c.status DESC, c.last_activity_at DESC, c.id DESC"
                        : " ORDER BY c.last_activity_at DESC, c.id DESC");
            }
            case PRIORITY -> {
                if (after != null) {
                    sql.append(" AND (c.priority_key, c.queue_at, c.id) > (?, ?, ?)");
                    params.add(after.priorityKey());
                    params.add(after.at());
                    params.add(after.id());
                }
                sql.append(q.filter().effectiveStatuses().size() == 1 ? " ORDER BY c.status, c.priority_key, c.queue_at, c.id"
                        : " ORDER BY c.priority_key, c.queue_at, c.id");
            }
        }
    }

    /** The WHERE clause of a page of the queue. */
    static String where(QueueFilter f, Instant now, List<Object> params) {
        return where(f, now, params, false);
    }

    /** The WHERE clause of counting the cases of a filter. */
    static String countWhere(QueueFilter f, Instant now, List<Object> params) {
        return where(f, now, params, true);
    }

    /** Whether no other condition of the filter has an index of its own (assignee, priority, tag, errands, resolved). */
    private static boolean statusIsTheNarrowestIndex(QueueFilter f) {
        return f.assignee().kind() != org.switchboard.domain.queue.AssigneeFilter.Kind.AGENT && f.priority() == null
                && f.tag() == null && !f.hasOpenErrand() && !f.overdue() && f.resolvedSince() == null;
    }

    private static String where(QueueFilter f, Instant now, List<Object> params, boolean counting) {
        // A page is written so H2 can walk the sort index in order: "status <> 'CLOSED'" (the default view) keeps
        // the (queue_at, id) index sorted, where "status IN (five values)" made H2 sort every open case
        // (42 ms instead of 0.8 ms at 300,000 cases; docs/performance.md). A count has no order: "status IN"
        // reads just those statuses' part of the (status, …) index, not every case (at 100,000 cases "unassigned"
        // 360 → 51 ms, "all" 66 → 11 ms).
        List<CaseStatus> statuses = f.effectiveStatuses().stream().sorted().toList();
        List<CaseStatus> others = java.util.Arrays.stream(CaseStatus.values()).filter(x -> !statuses.contains(x)).toList();
        StringBuilder w = new StringBuilder(" WHERE ");
        if (others.isEmpty()) {
            w.append("1 = 1");
        } else if (f.resolvedSince() != null
                || others.size() < statuses.size() && !(counting && statusIsTheNarrowestIndex(f))) {
            // With "resolved since" the (resolved_at) index is the narrow one; H2 takes an index for "status IN"
            // whenever it can (reading every resolved case of all time: 8.6 s at a million cases), but not for NOT IN
            w.append(others.size() == 1 ? "c.status <> ?" : "c.status NOT IN ("
                    + String.join(", ", Collections.nCopies(others.size(), "?")) + ")");
            params.addAll(others);
        } else if (statuses.size() == 1) {
            w.append("c.status = ?");
            params.add(statuses.getFirst());
        } else {
            w.append("c.status IN (").append(String.join(", ", Collections.nCopies(statuses.size(), "?"))).append(')');
            params.addAll(statuses);
        }
        if (f.platform() != null) {
            w.append(" AND c.platform = ?");
            params.add(f.platform().id());
        }
        if (f.accountId() != null) {
            w.append(" AND c.account_id = ?");
            params.add(f.accountId());
        }
        switch (f.assignee().kind()) {
            case ANYONE -> { }
            // written so the assignee index is not chosen: most cases are unassigned, and reading them through
            // it means sorting them all; walking the sort's own index and skipping assigned ones is quicker
            case NOBODY -> w.append(" AND COALESCE(c.assignee, '') = ''");
            case AGENT -> {
                w.append(" AND c.assignee = ?");
                params.add(f.assignee().agent());
            }
        }
        if (f.priority() != null) {
            w.append(" AND c.priority_key = ?");
            params.add(JdbcCaseRepository.priorityKey(f.priority()));
        }
        if (f.tag() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ?)");
            params.add(f.tag());
        }
        if (f.hasOpenErrand()) {
            // ">= 1", not "> 0": H2 starts the index range at the bound and skips equal rows one by one, which
            // for "> 0" means every case without errands (320 ms instead of 0.6 ms at 400,000 cases)
            w.append(" AND c.open_errands >= 1");
        }
        if (f.overdue()) {
            w.append(" AND c.open_errands >= 1 AND c.next_errand_due < ?");
            params.add(now);
        }
        if (f.resolvedSince() != null) {
            w.append(" AND c.resolved_at >= ?");
            params.add(f.resolvedSince());
        }
        return w.toString();
    }

}
