package org.switchboard.domain.queue;

import org.switchboard.domain.ValidationException;

/** One page request: filter, order, page size and where to start (null: from the top). */
public record QueueQuery(QueueFilter filter, QueueSort sort, int limit, QueueCursor after) {
    public static final int MAX_LIMIT = 10_000;

    public QueueQuery {
        filter = filter == null ? QueueFilter.NOT_CLOSED : filter;
        sort = sort == null ? QueueSort.WAITING : sort;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (after != null && after.sort() != sort) {
            throw new ValidationException("a page cursor of sort " + after.sort() + " cannot continue sort " + sort);
        }
    }

    public static QueueQuery firstPage(QueueFilter filter, QueueSort sort, int limit) {
        return new QueueQuery(filter, sort, limit, null);
    }

    public QueueQuery next(QueueCursor cursor) {
        return new QueueQuery(filter, sort, limit, cursor);
    }
}
