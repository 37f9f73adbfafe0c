package org.switchboard.domain.queue;

import java.time.Instant;
import java.util.List;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;

/** One line of the queue, everything the list shows without opening the case. */
public record QueueRow(long id, CaseStatus status, Priority priority, Platform platform, Long accountId,
                       String accountName, long contactId, String contactName, String contactHandle,
                       String preview, Instant createdAt, Instant lastActivityAt, Instant waitingSince,
                       int messageCount, String assignee, List<String> tags, int openErrands,
                       int overdueErrands, boolean unread) {
    public QueueRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
