package org.switchboard.domain;

import java.time.Instant;

/**
 * A reply being written; saved as the agent types and kept when offline. One per case and channel.
 *
 * @param inReplyTo        the external id of the message it answers (as the platform names it), or null
 * @param createdAt        when the agent began it (the conflict check looks at what arrived since)
 * @param replyToMessageId our id of the message it answers, or null (the case's latest inbound message)
 * @param baseMessageId    the newest message of the case when the draft began, or null (the case was empty)
 * @param originCaseId     the case it was begun on; differs from {@code caseId} after a merge moved it
 */
public record Draft(long id, long caseId, ReplyChannel channel, String inReplyTo, String text, State state,
                    Instant createdAt, Instant updatedAt, long version, Long replyToMessageId, Long baseMessageId,
                    Long originCaseId) {
    public enum State { EDITING, RELEASED, DISCARDED }

    /** Longest draft text; no platform allows anything near it. */
    public static final int MAX_TEXT = 100_000;

    public Draft {
        Require.notNull(channel, "channel");
        Require.notNull(text, "text");
        Require.maxLength(text, MAX_TEXT, "draft text");
        Require.notNull(state, "state");
        Require.notNull(createdAt, "createdAt");
        Require.notNull(updatedAt, "updatedAt");
    }

    /** A draft without message references (errand updates drafted for the customer). */
    public Draft(long id, long caseId, ReplyChannel channel, String inReplyTo, String text, State state,
                 Instant createdAt, Instant updatedAt, long version) {
        this(id, caseId, channel, inReplyTo, text, state, createdAt, updatedAt, version, null, null, null);
    }

    public Draft withText(String newText, Instant at) {
        return new Draft(id, caseId, channel, inReplyTo, newText, state, createdAt, at, version, replyToMessageId,
                baseMessageId, originCaseId);
    }

    public Draft withState(State newState, Instant at) {
        return new Draft(id, caseId, channel, inReplyTo, text, newState, createdAt, at, version, replyToMessageId,
                baseMessageId, originCaseId);
    }

    public Draft withTarget(Long messageId, String externalId) {
        return new Draft(id, caseId, channel, externalId, text, state, createdAt, updatedAt, version, messageId,
                baseMessageId, originCaseId);
    }

    public Draft withBase(Long newBase) {
        return new Draft(id, caseId, channel, inReplyTo, text, state, createdAt, updatedAt, version, replyToMessageId,
                newBase, originCaseId);
    }
}
