package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.facebook.GraphClient.Family;
import org.switchboard.connect.facebook.GraphDtos.Conversation;
import org.switchboard.connect.facebook.GraphDtos.Message;
import org.switchboard.connect.facebook.GraphDtos.Profile;
import org.switchboard.domain.sync.FetchedPage;

/**
 * The "messenger" stream: {@code GET /{page}/conversations?platform=messenger}, most recently active
 * first, with each conversation's newest messages nested; a conversation whose nested page does not
 * reach back to the mark is read further along its own {@code messages} paging. The edge has no
 * time-based paging, so the pass stops at the first page of conversations that reaches back past the
 * mark. Same high-water mark as the feed ({@link HighWaterMark}).
 */
final class MessengerReader {
    static final String MESSAGE_FIELDS = "id,message,created_time,from,to,"
            + "attachments{mime_type,name,file_url,image_data,video_data}";
    static final String CONVERSATION_FIELDS = "id,updated_time,participants,messages.limit(25){" + MESSAGE_FIELDS + "}";
    private static final Logger LOG = LoggerFactory.getLogger(MessengerReader.class);

    private final GraphClient client;
    private final GraphSettings settings;
    private final FacebookMapper mapper;
    private final ObjectMapper json;

    MessengerReader(GraphClient client, GraphSettings settings, FacebookMapper mapper, ObjectMapper json) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
        this.json = json;
    }

    FetchedPage read(String cursor) {
        HighWaterMark mark = HighWaterMark.parse(cursor, client.now().minus(settings.lookback()), json);
        SyncPass pass = new SyncPass(mark);
        JsonNode first = client.get(Family.MESSAGES, List.of(settings.pageId(), "conversations"),
                Map.of("platform", "messenger", "fields", CONVERSATION_FIELDS, "limit", "25"));
        client.walk(Family.MESSAGES, first, items -> {
            boolean reachedMark = false;
            for (JsonNode node : items) {
                Conversation conversation = GraphDtos.read(json, node, Conversation.class);
                Instant updated = GraphTime.parse(conversation.updatedTime(), "a Messenger conversation");
                if (!pass.inWindow(updated)) {
                    reachedMark = true;
                } else if (conversation.id() != null && !conversation.id().isBlank()) {
                    readConversation(conversation, pass);
                }
            }
            return !reachedMark;
        });
        return pass.result(json);
    }

    private void readConversation(Conversation conversation, SyncPass pass) {
        List<Message> messages = new ArrayList<>();
        JsonNode nested = conversation.messages();
        if (nested != null && nested.has("data")) {
            client.walk(Family.MESSAGES, nested, items -> {
                boolean reachedMark = false;
                for (JsonNode node : items) {
                    Message m = GraphDtos.read(json, node, Message.class);
                    if (m.id() == null || m.id().isBlank()) {
                        LOG.warn("Skipping a Messenger message without an id");
                        continue;
                    }
                    messages.add(m);
                    reachedMark |= !pass.inWindow(GraphTime.parse(m.createdTime(), "a Messenger message"));
                }
                return !reachedMark;
            });
        }
        String psid = customer(conversation, messages);
        Instant lastCustomer = messages.stream().filter(m -> !mapper.isPage(m.from()))
                .map(m -> GraphTime.parse(m.createdTime(), "a Messenger message"))
                .max(Instant::compareTo).orElse(null);
        for (Message m : messages) {
            pass.offer(mapper.message(m, conversation.id(), psid, lastCustomer));
        }
    }

    /** The customer's page-scoped id: the participant who is not the page, else the sender of a message. */
    private String customer(Conversation conversation, List<Message> messages) {
        if (conversation.participants() != null && conversation.participants().data() != null) {
            for (Profile p : conversation.participants().data()) {
                if (p != null && p.id() != null && !mapper.isPage(p)) {
                    return p.id();
                }
            }
        }
        for (Message m : messages) {
            if (m.from() != null && m.from().id() != null && !mapper.isPage(m.from())) {
                return m.from().id();
            }
            if (m.to() != null && m.to().data() != null) {
                for (Profile p : m.to().data()) {
                    if (p != null && p.id() != null && !mapper.isPage(p)) {
                        return p.id();
                    }
                }
            }
        }
        return null;
    }
}
