package org.switchboard.service.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;

/** A message about to be stored, before it has an id or a case. */
public record NewMessage(Long accountId, Platform platform, String externalId, Direction direction, MessageKind kind,
                         String author, String text, String subject, Instant createdAt, Instant editedAt,
                         List<MessageEdit> history, String url, String inReplyTo, List<Attachment> attachments,
                         String threadKey, Map<String, String> replyContext) {
    public NewMessage {
        history = history == null ? List.of() : List.copyOf(history);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
    }

    /** A message that needs no thread key or reply context (manual intake, demo). */
    public NewMessage(Long accountId, Platform platform, String externalId, Direction direction, MessageKind kind,
                      String author, String text, String subject, Instant createdAt, Instant editedAt,
                      List<MessageEdit> history, String url, String inReplyTo, List<Attachment> attachments) {
        this(accountId, platform, externalId, direction, kind, author, text, subject, createdAt, editedAt, history, url,
                inReplyTo, attachments, null, null);
    }
}
