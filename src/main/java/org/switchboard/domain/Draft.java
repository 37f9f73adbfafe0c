package org.switchboard.domain;

import java.time.Instant;

/** A reply being written; saved as the agent types and kept when offline. One per case and channel. */
public record Draft(long id, long caseId, ReplyChannel channel, String inReplyTo, String text, State state,
                    Instant createdAt, Instant updatedAt, long version) {
    public enum State { EDITING, RELEASED, DISCARDED }

    public Draft {
        Require.notNull(channel, "channel");
        Require.notNull(text, "text");
        Require.maxLength(text, 100_000, "draft text");
        Require.notNull(state, "state");
        Require.notNull(createdAt, "createdAt");
        Require.notNull(updatedAt, "updatedAt");
    }
}
