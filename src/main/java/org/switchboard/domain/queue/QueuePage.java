package org.switchboard.domain.queue;

import java.util.List;

/** A page of the queue and the cursor of the next one ({@code null} at the end). */
public record QueuePage(List<QueueRow> rows, QueueCursor next) {
    public QueuePage {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return next != null;
    }
}
