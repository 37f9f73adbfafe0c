package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.switchboard.connect.bluesky.FeedJson.Facet;

/**
 * The parts of Bluesky's chat JSON we read ({@code chat.bsky.convo.*}). Messages stay raw until
 * looked at: the union holds {@code messageView}, {@code deletedMessageView}, {@code systemMessageView}
 * and whatever group chats add next, and every member carries the {@code rev} we page by.
 */
final class ChatJson {
    private ChatJson() {}

    static final String MESSAGE_VIEW = "chat.bsky.convo.defs#messageView";

    record ConvoList(List<Convo> convos, String cursor) {
        ConvoList {
            convos = convos == null ? List.of() : convos;
        }
    }

    /** {@code lastMessage} stays raw: it is a message union too; only its {@code sentAt} is read. */
    record Convo(String id, String rev, List<Member> members, JsonNode lastMessage) {
        Convo {
            members = members == null ? List.of() : members;
        }
    }

    record Member(String did, String handle, String displayName) {}

    /** {@code getMessages}: newest first, {@code cursor} leads to older ones. */
    record MessageList(List<JsonNode> messages, String cursor) {
        MessageList {
            messages = messages == null ? List.of() : messages;
        }
    }

    record Message(String id, String rev, String text, List<Facet> facets, Sender sender, String sentAt) {}

    record Sender(String did) {}
}
