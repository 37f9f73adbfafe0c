package org.switchboard.ui.queue;

import java.util.EnumSet;
import java.util.Set;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.AssigneeFilter;
import org.switchboard.domain.queue.QueueFilter;

/**
 * What the agent narrowed the chosen view down to in the filter bar. Null, false or empty narrows
 * nothing, so {@link #NONE} shows the view as it is. Any thread (immutable).
 *
 * @param statuses  replaces the view's own statuses when not empty
 * @param accountId an account's id; {@link #MISSING_ACCOUNT} for a saved view whose account is gone
 * @param assignee  {@code me}, {@code unassigned}, an agent's name, or null for anyone
 */
public record QueueFilters(Set<CaseStatus> statuses, Platform platform, Long accountId, String assignee,
                           Priority priority, String tag, boolean openErrand, boolean overdue) {
    public static final QueueFilters NONE = new QueueFilters(Set.of(), null, null, null, null, null, false, false);
    /** No account has this id: a saved view whose account was removed shows nothing rather than everything. */
    public static final long MISSING_ACCOUNT = -1;
    public static final String ME = "me";
    public static final String UNASSIGNED = "unassigned";

    public QueueFilters {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    /** The view's filter narrowed by these filters, for agent {@code me}. */
    public QueueFilter narrow(QueueFilter view, String me) {
        QueueFilter f = view;
        if (!statuses.isEmpty()) {
            f = f.withStatuses(statuses);
        }
        if (platform != null) {
            f = f.withPlatform(platform);
        }
        if (accountId != null) {
            f = f.withAccount(accountId);
        }
        if (assignee != null) {
            f = f.withAssignee(AssigneeFilter.parse(assignee, me));
        }
        if (priority != null) {
            f = f.withPriority(priority);
        }
        if (tag != null) {
            f = f.withTag(tag);
        }
        return f.withOpenErrand(f.hasOpenErrand() || openErrand).withOverdue(f.overdue() || overdue);
    }

    /** How many filters narrow the view (the "Filters (3)" count). */
    public int active() {
        int n = statuses.isEmpty() ? 0 : 1;
        for (Object o : new Object[] {platform, accountId, assignee, priority, tag}) {
            n += o == null ? 0 : 1;
        }
        return n + (openErrand ? 1 : 0) + (overdue ? 1 : 0);
    }

    public QueueFilters withStatuses(Set<CaseStatus> s) {
        return new QueueFilters(s, platform, accountId, assignee, priority, tag, openErrand, overdue);
    }

    public QueueFilters withPlatform(Platform p) {
        return new QueueFilters(statuses, p, accountId, assignee, priority, tag, openErrand, overdue);
    }

    public QueueFilters withAccount(Long a) {
        return new QueueFilters(statuses, platform, a, assignee, priority, tag, openErrand, overdue);
    }

    public QueueFilters withAssignee(String a) {
        return new QueueFilters(statuses, platform, accountId, a, priority, tag, openErrand, overdue);
    }

    public QueueFilters withPriority(Priority p) {
        return new QueueFilters(statuses, platform, accountId, assignee, p, tag, openErrand, overdue);
    }

    public QueueFilters withTag(String t) {
        return new QueueFilters(statuses, platform, accountId, assignee, priority, t, openErrand, overdue);
    }

    public QueueFilters withOpenErrand(boolean b) {
        return new QueueFilters(statuses, platform, accountId, assignee, priority, tag, b, overdue);
    }

    public QueueFilters withOverdue(boolean b) {
        return new QueueFilters(statuses, platform, accountId, assignee, priority, tag, openErrand, b);
    }
}
