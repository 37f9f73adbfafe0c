package org.switchboard.domain.sync;

import java.util.Map;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.Require;

/**
 * A reply to send. {@code idempotencyKey} is fixed when the reply is released, so a retry can be
 * recognised (Mastodon's Idempotency-Key, or a read-back of our own recent posts elsewhere).
 */
public record ReplyRequest(String text, ReplyChannel channel, String inReplyToExternalId,
                           Map<String, String> replyContext, String recipientHandle, String idempotencyKey) {
    public ReplyRequest {
        Require.notBlank(text, "reply text");
        Require.notNull(channel, "channel");
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
        Require.notBlank(idempotencyKey, "idempotency key");
    }
}
