package org.switchboard.domain;

import java.time.Instant;

/**
 * A released draft on its way out. {@code idempotencyKey} is fixed when the entry is created, so a
 * retry can never become a second post.
 *
 * @param accountId       the account that sends it; null once the account was removed
 * @param accountName     the account's name when released (kept for the listing after a removal)
 * @param targetMessageId our id of the message it answers
 * @param attempts        sends tried that reached a verdict or were cut off (a rate-limit refusal does not count)
 * @param readBack        a send may have reached the platform without us hearing the answer: read back before
 *                        any further send (sticky until the entry is done)
 * @param lastError       the last failure in words, or null
 * @param failureKind     what kind of failure that was ({@code NETWORK}, {@code RATE_LIMITED}, ...), or null
 * @param firstAttemptAt  when the first send began; read-backs look for our post from then on
 * @param nextAttemptAt   when a queued entry is due again (null: at once)
 */
public record OutboxEntry(long id, long draftId, long caseId, Long accountId, String accountName, Platform platform,
                          Long targetMessageId, ReplyChannel channel, State state, int attempts, boolean readBack,
                          String lastError, String failureKind, String externalId, String url, String idempotencyKey, String text,
                          Instant createdAt, Instant updatedAt, Instant firstAttemptAt, Instant sentAt,
                          Instant nextAttemptAt, long version) {
    /**
     * {@code QUEUED → SENDING → SENT}; a transient failure goes back to {@code QUEUED} with a later
     * {@code nextAttemptAt}; a refusal is {@code FAILED}; a person must act on {@code NEEDS_ATTENTION}.
     */
    public enum State {
        QUEUED, SENDING, SENT, FAILED, NEEDS_ATTENTION;

        /** Nothing more happens to the entry by itself. */
        public boolean settled() {
            return this == SENT || this == FAILED || this == NEEDS_ATTENTION;
        }
    }

    public OutboxEntry {
        Require.notNull(channel, "channel");
        Require.notNull(state, "state");
        Require.notNull(platform, "platform");
        Require.notBlank(accountName, "account name");
        Require.notBlank(idempotencyKey, "idempotency key");
        Require.notNull(text, "text");
        Require.notNull(createdAt, "createdAt");
        Require.notNull(updatedAt, "updatedAt");
        if (state == State.SENT && sentAt == null) {
            throw new ValidationException("a sent outbox entry has a send time");
        }
    }
}
