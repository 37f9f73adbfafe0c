package org.switchboard.domain;

import java.time.Instant;
import java.util.List;

/**
 * One inbound or outbound item, normalised across platforms. {@code text} is plain text (never
 * HTML); {@code externalId} is the platform's own id and, with the account, makes a message unique.
 */
public record Message(long id, long caseId, Long accountId, Platform platform, String externalId,
                      Direction direction, MessageKind kind, Long contactId, String author, String text,
                      String subject, Instant createdAt, Instant editedAt, List<MessageEdit> history, String url,
                      String inReplyTo, List<Attachment> attachments) {

    /** Longest text we keep; platforms allow far less, so more is hostile or broken input. */
    public static final int MAX_TEXT = 1_000_000;

    public Message {
        Require.notNull(platform, "platform");
        Require.notNull(direction, "direction");
        Require.notNull(kind, "kind");
        Require.notNull(text, "text");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        author = Require.maxLength(Require.blankToNull(author), 300, "author");
        subject = Require.blankToNull(subject);
        externalId = Require.blankToNull(externalId);
        Require.notNull(createdAt, "createdAt");
        history = Require.copy(history);
        attachments = Require.copy(attachments);
        url = Require.blankToNull(url);
        inReplyTo = Require.blankToNull(inReplyTo);
    }

    public Message withIds(long newId, long newCaseId) {
        return new Message(newId, newCaseId, accountId, platform, externalId, direction, kind, contactId, author,
                text, subject, createdAt, editedAt, history, url, inReplyTo, attachments);
    }
}
