package org.switchboard.domain.queue;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.ValidationException;

/** The built-in views of the queue, each a filter; {@code me} and "today" are filled in when used. */
public enum SavedView {
    ALL("all"),
    NEW("new"),
    MINE("mine"),
    UNASSIGNED("unassigned"),
    WAITING_ON_DEPARTMENTS("waiting-internal"),
    OVERDUE_FOLLOW_UPS("overdue"),
    RESOLVED_TODAY("resolved-today");

    private final String id;

    SavedView(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The view's filter for agent {@code me}; "today" starts at {@code startOfToday}. */
    public QueueFilter filter(String me, Instant startOfToday) {
        QueueFilter base = QueueFilter.NOT_CLOSED;
        return switch (this) {
            case ALL -> base;
            case NEW -> base.withStatuses(Set.of(CaseStatus.NEW));
            case MINE -> base.withStatuses(openStatuses()).withAssignee(AssigneeFilter.agent(me));
            case UNASSIGNED -> base.withStatuses(openStatuses()).withAssignee(AssigneeFilter.NOBODY);
            case WAITING_ON_DEPARTMENTS -> base.withStatuses(Set.of(CaseStatus.WAITING_INTERNAL));
            case OVERDUE_FOLLOW_UPS -> base.withOverdue(true);
            case RESOLVED_TODAY -> base.withStatuses(Set.of(CaseStatus.RESOLVED, CaseStatus.CLOSED))
                    .withResolvedSince(startOfToday);
        };
    }

    private static Set<CaseStatus> openStatuses() {
        return Set.of(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_INTERNAL);
    }

    public static SavedView parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (SavedView v : values()) {
            if (v.id.equals(t) || v.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return v;
            }
        }
        throw new ValidationException("unknown view '" + text + "'; expected one of all, new, mine, unassigned, "
                + "waiting-internal, overdue, resolved-today");
    }
}
