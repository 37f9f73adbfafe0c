package org.switchboard.domain.queue;

import java.time.Instant;

/**
 * Where the next page starts: the sort key of the last row seen. Keyset paging, so a page costs the
 * same at row 20 and at row 900,000.
 */
public record QueueCursor(QueueSort sort, int priorityKey, Instant at, long id) {}
