package org.switchboard.connect.mastodon;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.switchboard.connect.mastodon.MastodonDto.Conversation;
import org.switchboard.connect.mastodon.MastodonDto.MediaAttachment;
import org.switchboard.connect.mastodon.MastodonDto.Notification;
import org.switchboard.connect.mastodon.MastodonDto.Status;
import org.switchboard.connect.mastodon.MastodonDto.StatusEdit;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.InboundItem;

/**
 * Mastodon statuses as our {@link InboundItem}s (CLI.md "Messages as text"). An item that lacks what an
 * item needs (id, author, time, visibility) fails the whole page as MALFORMED instead of being skipped:
 * the stream's position then stays where it is, so nothing is lost silently. Unknown fields are ignored.
 *
 * <p>Thread key: Mastodon does not name a thread's root in a status. A mention uses the status it
 * answers ({@code in_reply_to_id}), else its own id; a direct conversation uses the conversation id.
 * The sync engine threads a reply by {@code inReplyTo} first, so this is a good enough grouping key
 * without one more request per item ({@code /context}). Pure; any thread.
 */
final class MastodonMapper {

    InboundItem mention(Notification n, String ownAccountId, List<MessageEdit> history) {
        String where = "mention notification " + n.id();
        Status s = require(n.status(), where, "it has no status");
        MessageKind kind = "direct".equals(s.visibility()) ? MessageKind.DIRECT : MessageKind.MENTION;
        String threadKey = s.inReplyToId() != null && !s.inReplyToId().isBlank() ? s.inReplyToId() : s.id();
        return item(s, kind, threadKey, ownAccountId, history, where);
    }

    /** The conversation's latest status, always a direct message, threaded by the conversation. */
    InboundItem conversation(Conversation c, String ownAccountId, List<MessageEdit> history) {
        String where = "conversation " + c.id();
        requireText(c.id(), where, "it has no id");
        Status s = require(c.lastStatus(), where, "it has no last status");
        return item(s, MessageKind.DIRECT, c.id(), ownAccountId, history, where);
    }

    /** Checks what every item needs before any further request is spent on it. */
    void check(Status s, String where) {
        requireText(s.id(), where, "the status has no id");
        require(s.account(), where, "the status has no author account");
        requireText(s.account().id(), where, "the author account has no id");
        requireText(s.account().acct(), where, "the author account has no acct");
        requireText(s.visibility(), where, "the status has no visibility");
        time(s.createdAt(), where, "created_at");
    }

    /**
     * What an edited status said before, from its history (oldest first, the last entry is the current
     * version): versions that only changed media, not text, are folded into one.
     */
    List<MessageEdit> earlierVersions(List<StatusEdit> edits, String statusId) {
        String where = "edit history of status " + statusId;
        List<MessageEdit> versions = new ArrayList<>();
        for (StatusEdit e : edits) {
            versions.add(new MessageEdit(MastodonText.toPlainText(e.content(), e.spoilerText()),
                    time(e.createdAt(), where, "created_at")));
        }
        versions.sort(Comparator.comparing(MessageEdit::at)); // stable: equal times keep Mastodon's order
        if (versions.size() < 2) {
            return List.of();
        }
        String current = versions.getLast().text();
        List<MessageEdit> earlier = new ArrayList<>();
        for (MessageEdit v : versions.subList(0, versions.size() - 1)) {
            if (earlier.isEmpty() || !earlier.getLast().text().equals(v.text())) {
                earlier.add(v);
            }
        }
        if (!earlier.isEmpty() && earlier.getLast().text().equals(current)) {
            earlier.removeLast();
        }
        return List.copyOf(earlier);
    }

    private InboundItem item(Status s, MessageKind kind, String threadKey, String ownAccountId,
                             List<MessageEdit> history, String where) {
        check(s, where);
        var account = s.account();
        try {
            return new InboundItem(s.id(), kind, account.id().equals(ownAccountId),
                    new Author(account.acct(), account.displayName(), account.url()),
                    MastodonText.toPlainText(s.content(), s.spoilerText()), null,
                    time(s.createdAt(), where, "created_at"),
                    s.editedAt() == null || s.editedAt().isBlank() ? null : time(s.editedAt(), where, "edited_at"),
                    history, firstPresent(s.url(), s.uri()), s.inReplyToId(), threadKey, attachments(s),
                    Map.of("visibility", s.visibility(), "acct", account.acct(), "statusId", s.id()));
        } catch (ValidationException e) {
            throw malformed(where, e.getMessage());
        }
    }

    /** Recorded with their addresses, never downloaded; one still processing (no address yet) is left out. */
    private static List<Attachment> attachments(Status s) {
        if (s.mediaAttachments() == null) {
            return List.of();
        }
        List<Attachment> out = new ArrayList<>();
        for (MediaAttachment m : s.mediaAttachments()) {
            String url = m == null ? null : firstPresent(m.url(), m.remoteUrl(), m.previewUrl());
            if (url != null) {
                out.add(new Attachment(m.type(), url, m.description()));
            }
        }
        return out;
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Instant time(String value, String where, String field) {
        requireText(value, where, "the " + field + " time is missing");
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw malformed(where, "the " + field + " time '" + clip(value) + "' is not an ISO-8601 time");
        }
    }

    private static <T> T require(T value, String where, String reason) {
        if (value == null) {
            throw malformed(where, reason);
        }
        return value;
    }

    private static void requireText(String value, String where, String reason) {
        if (value == null || value.isBlank()) {
            throw malformed(where, reason);
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static ConnectorException malformed(String where, String reason) {
        return new ConnectorException(Kind.MALFORMED, "Switchboard cannot read the " + where + " that Mastodon sent: "
                + reason + ". Nothing of this page was stored; the next sync tries again.");
    }
}
