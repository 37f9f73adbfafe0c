package org.switchboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One inbound or outbound item, normalised across platforms. {@code text} is plain text (never
 * HTML); {@code externalId} is the platform's own id and, with the account, makes a message unique.
 * {@code threadKey} groups a platform thread or conversation; {@code replyContext} holds what a reply
 * to this message needs (visibility, content ids, root references).
 */
public record Message(long id, long caseId, Long accountId, Platform platform, String externalId,
                      Direction direction, MessageKind kind, Long contactId, String author, String text,
                      String subject, Instant createdAt, Instant editedAt, List<MessageEdit> history, String url,
                      String inReplyTo, List<Attachment> attachments, String threadKey,
                      Map<String, String> replyContext) {

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
        threadKey = Require.blankToNull(threadKey);
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
    }

    /** A message without thread key and reply context (manual and demo messages). */
    public Message(long id, long caseId, Long accountId, Platform platform, String externalId, Direction direction,
                   MessageKind kind, Long contactId, String author, String text, String subject, Instant createdAt,
                   Instant editedAt, List<MessageEdit> history, String url, String inReplyTo,
                   List<Attachment> attachments) {
        this(id, caseId, accountId, platform, externalId, direction, kind, contactId, author, text, subject, createdAt,
                editedAt, history, url, inReplyTo, attachments, null, null);
    }

    public Message withIds(long newId, long newCaseId) {
        return new Message(newId, newCaseId, accountId, platform, externalId, direction, kind, contactId, author,
                text, subject, createdAt, editedAt, history, url, inReplyTo, attachments, threadKey, replyContext);
    }

    /** The message after the platform reported an edit: the old text goes into the history. */
    public Message edited(String newText, Instant at, List<MessageEdit> newHistory) {
        return new Message(id, caseId, accountId, platform, externalId, direction, kind, contactId, author, newText,
                subject, createdAt, at, newHistory, url, inReplyTo, attachments, threadKey, replyContext);
    }
}
