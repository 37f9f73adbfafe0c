package org.switchboard.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Require;

/**
 * One item a connector fetched, normalised: plain text (never HTML), UTC times, the platform's own ids.
 *
 * @param externalId       the platform's id of this item (CLI.md "Messages as text")
 * @param fromOrganisation true for the organisation's own posts and replies: stored as outbound
 * @param inReplyTo        the platform id of the item this one answers, or null
 * @param threadKey        the platform id of the thread's root post or of the direct-message
 *                         conversation; items with the same key belong together
 * @param replyContext     what a reply to this item needs later (visibility, cid, root refs ...);
 *                         platform-specific, stored with the message
 */
public record InboundItem(String externalId, MessageKind kind, boolean fromOrganisation, Author author,
                          String text, String subject, Instant createdAt, Instant editedAt,
                          List<MessageEdit> history, String url, String inReplyTo, String threadKey,
                          List<Attachment> attachments, Map<String, String> replyContext) {
    public InboundItem {
        Require.notBlank(externalId, "external id");
        Require.notNull(kind, "kind");
        Require.notNull(author, "author");
        text = text == null ? "" : text;
        Require.notNull(createdAt, "createdAt");
        history = Require.copy(history);
        attachments = Require.copy(attachments);
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
        inReplyTo = Require.blankToNull(inReplyTo);
        threadKey = Require.blankToNull(threadKey);
    }
}
