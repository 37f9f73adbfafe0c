package org.switchboard.domain.queue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;

/**
 * What the queue shows. Null fields do not filter. An empty status set means "every case not closed".
 *
 * @param resolvedSince only cases resolved at or after this instant (the "Resolved today" view)
 */
public record QueueFilter(Set<CaseStatus> statuses, Platform platform, Long accountId, AssigneeFilter assignee,
                          Priority priority, String tag, boolean hasOpenErrand, boolean overdue,
                          Instant resolvedSince) {

    public static final QueueFilter NOT_CLOSED = new QueueFilter(Set.of(), null, null, AssigneeFilter.ANYONE,
            null, null, false, false, null);

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assignee = assignee == null ? AssigneeFilter.ANYONE : assignee;
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    /** The statuses the query really asks for. */
    public Set<CaseStatus> effectiveStatuses() {
        return statuses.isEmpty() ? EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)) : statuses;
    }

    public QueueFilter withStatuses(Set<CaseStatus> s) {
        return new QueueFilter(s, platform, accountId, assignee, priority, tag, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withPlatform(Platform p) {
        return new QueueFilter(statuses, p, accountId, assignee, priority, tag, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withAccount(Long a) {
        return new QueueFilter(statuses, platform, a, assignee, priority, tag, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withAssignee(AssigneeFilter a) {
        return new QueueFilter(statuses, platform, accountId, a, priority, tag, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withPriority(Priority p) {
        return new QueueFilter(statuses, platform, accountId, assignee, p, tag, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withTag(String t) {
        return new QueueFilter(statuses, platform, accountId, assignee, priority, t, hasOpenErrand, overdue, resolvedSince);
    }

    public QueueFilter withOpenErrand(boolean b) {
        return new QueueFilter(statuses, platform, accountId, assignee, priority, tag, b, overdue, resolvedSince);
    }

    public QueueFilter withOverdue(boolean b) {
        return new QueueFilter(statuses, platform, accountId, assignee, priority, tag, hasOpenErrand, b, resolvedSince);
    }

    public QueueFilter withResolvedSince(Instant i) {
        return new QueueFilter(statuses, platform, accountId, assignee, priority, tag, hasOpenErrand, overdue, i);
    }
}
