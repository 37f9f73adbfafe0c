package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.connect.bluesky.ChatJson.Convo;
import org.switchboard.connect.bluesky.ChatJson.Member;
import org.switchboard.connect.bluesky.ChatJson.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.InboundItem;

/**
 * Turns Bluesky direct messages into inbound items. The external id is
 * {@code chat:<convoId>:<messageId>}: message ids are only promised unique inside their conversation,
 * and the prefix keeps them apart from post URIs. Our own messages (sent here or from the Bluesky app)
 * come in as the organisation's, so the conversation is complete; a reply sent through Switchboard
 * returns the same id and is therefore not stored twice.
 */
final class ChatMapper {
    private final ObjectMapper json;

    ChatMapper(ObjectMapper json) {
        this.json = json;
    }

    static String externalId(String convoId, String messageId) {
        return "chat:" + convoId + ":" + messageId;
    }

    /** The conversation of an external id we made, or null. */
    static String convoOf(String externalId) {
        if (externalId == null || !externalId.startsWith("chat:")) {
            return null;
        }
        String[] parts = externalId.split(":");
        return parts.length == 3 && !parts[1].isBlank() ? parts[1] : null;
    }

    static String convoUrl(String convoId) {
        return PostMapper.APP + "/messages/" + convoId;
    }

    /** The message in {@code node} when it is a message with words; deleted and system entries are not. */
    Optional<Message> message(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String type = node.path("$type").asText("");
        if (!(type.equals(ChatJson.MESSAGE_VIEW) || type.isEmpty() && node.has("text"))) {
            return Optional.empty();
        }
        try {
            Message m = json.treeToValue(node, Message.class);
            return PostMapper.blank(m.id()) ? Optional.empty() : Optional.of(m);
        } catch (Exception e) {
            // facets we cannot read must not hide the words
            Message m = new Message(node.path("id").asText(null), node.path("rev").asText(null),
                    node.path("text").asText(""), null,
                    new ChatJson.Sender(node.path("sender").path("did").asText(null)),
                    node.path("sentAt").asText(null));
            return PostMapper.blank(m.id()) ? Optional.empty() : Optional.of(m);
        }
    }

    InboundItem item(Convo convo, Message m, String ownDid, Instant now) {
        String sender = m.sender() == null ? null : m.sender().did();
        Member member = convo.members().stream().filter(x -> x != null && x.did() != null && x.did().equals(sender))
                .findFirst().orElse(new Member(sender, null, null));
        Author author = PostMapper.author(member.did() == null ? "unknown" : member.did(), member.handle(),
                member.displayName());
        Instant sentAt = Timestamps.parse(m.sentAt());
        return new InboundItem(externalId(convo.id(), m.id()), MessageKind.DIRECT,
                sender != null && sender.equals(ownDid), author, RichText.plainText(m.text(), m.facets()), null,
                sentAt != null ? sentAt : now, null, List.of(), convoUrl(convo.id()), null, convo.id(), List.of(),
                Map.of("convoId", convo.id()));
    }
}
