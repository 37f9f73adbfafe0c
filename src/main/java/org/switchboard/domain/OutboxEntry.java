package org.switchboard.domain;

import java.time.Instant;

/**
 * A released draft on its way out. {@code idempotencyKey} is fixed when the entry is created, so a
 * retry can never become a second post.
 */
public record OutboxEntry(long id, long draftId, long caseId, long accountId, ReplyChannel channel, State state,
                          int attempts, String lastError, String externalId, String idempotencyKey, String text,
                          Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
    public enum State { QUEUED, SENDING, SENT, FAILED, NEEDS_ATTENTION }

    public OutboxEntry {
        Require.notNull(channel, "channel");
        Require.notNull(state, "state");
        Require.notBlank(idempotencyKey, "idempotency key");
        Require.notNull(text, "text");
        Require.notNull(createdAt, "createdAt");
        if (state == State.SENT && sentAt == null) {
            throw new ValidationException("a sent outbox entry has a send time");
        }
    }
}
