package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.facebook.GraphClient.Family;
import org.switchboard.connect.facebook.GraphDtos.Comment;
import org.switchboard.connect.facebook.GraphDtos.Message;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * Sending answers: a public comment ({@code POST /{object}/comments}) or a Messenger message
 * ({@code POST /{page}/messages}, {@code messaging_type=RESPONSE}). Graph has no idempotency key and
 * the shared client never repeats a POST, so exactly-once is the outbox's job with
 * {@link #findExisting}: before repeating a send whose answer was lost, it reads back the page's own
 * recent comments (or messages) on the same object and treats one with the same text as sent.
 */
final class FacebookReplies {
    /** Messenger refuses longer text messages. */
    static final int MESSENGER_MAX_CHARS = 2000;
    /** How far back {@link #findExisting(ReplyRequest)} looks when the outbox does not say. */
    static final Duration DEFAULT_READ_BACK = Duration.ofDays(2);
    private static final int READ_BACK_PAGES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FacebookReplies.class);

    private final GraphClient client;
    private final GraphSettings settings;
    private final FacebookMapper mapper;
    private final ObjectMapper json;

    FacebookReplies(GraphClient client, GraphSettings settings, FacebookMapper mapper, ObjectMapper json) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
        this.json = json;
    }

    PostedReply send(ReplyRequest request) {
        return switch (request.channel()) {
            case PUBLIC -> comment(request);
            case DIRECT -> message(request);
            case EMAIL -> throw refused("A Facebook page cannot send e-mail; answer publicly or in Messenger.");
        };
    }

    private PostedReply comment(ReplyRequest request) {
        String target = publicTarget(request);
        JsonNode answer = client.postForm(Family.COMMENTS, List.of(target, "comments"),
                Map.of("message", request.text()));
        return new PostedReply(id(answer, "id"), null, client.now());
    }

    private PostedReply message(ReplyRequest request) {
        String psid = recipient(request);
        Instant last = lastCustomerMessage(request);
        Instant now = client.now();
        if (last != null && !MessengerWindow.isOpen(last, now)) {
            throw refused("The 24-hour reply window closed at " + MessengerWindow.closesAt(last) + "; Messenger"
                    + " allows replies only within 24 hours of the customer's last message. Answer publicly or by"
                    + " another channel instead.");
        }
        if (request.text().length() > MESSENGER_MAX_CHARS) {
            throw refused("Messenger accepts at most " + MESSENGER_MAX_CHARS + " characters in one message; this"
                    + " reply has " + request.text().length() + ". Shorten it or split it.");
        }
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("id", psid);
        body.put("messaging_type", "RESPONSE");
        body.putObject("message").put("text", request.text());
        JsonNode answer = client.postJson(Family.MESSAGES, List.of(settings.pageId(), "messages"), body);
        return new PostedReply(id(answer, "message_id"), null, now);
    }

    Optional<PostedReply> findExisting(ReplyRequest request) {
        return findExisting(request, client.now().minus(DEFAULT_READ_BACK));
    }

    /**
     * The page's own answer to the same object with the same text, written at or after {@code sentAfter}
     * (the outbox's first attempt), if Facebook already has it. Only reads; safe to call any time.
     */
    Optional<PostedReply> findExisting(ReplyRequest request, Instant sentAfter) {
        return switch (request.channel()) {
            case PUBLIC -> findComment(request, sentAfter);
            case DIRECT -> findMessage(request, sentAfter);
            case EMAIL -> Optional.empty();
        };
    }

    private Optional<PostedReply> findComment(ReplyRequest request, Instant sentAfter) {
        JsonNode first = client.get(Family.COMMENTS, List.of(publicTarget(request), "comments"), Map.of(
                "filter", "stream", "order", "reverse_chronological",
                "fields", "id,message,created_time,from{id},permalink_url", "limit", "100"));
        return readBack(Family.COMMENTS, first, request.text(), sentAfter, node -> {
            Comment c = GraphDtos.read(json, node, Comment.class);
            return new Sent(c.id(), c.message(), GraphTime.parse(c.createdTime(), "a comment"),
                    mapper.isPage(c.from()), c.permalinkUrl());
        });
    }

    private Optional<PostedReply> findMessage(ReplyRequest request, Instant sentAfter) {
        String conversation = request.replyContext().get("conversationId");
        JsonNode first;
        if (conversation != null && !conversation.isBlank()) {
            first = client.get(Family.MESSAGES, List.of(conversation, "messages"),
                    Map.of("fields", "id,message,created_time,from", "limit", "50"));
        } else {
            JsonNode conversations = client.get(Family.MESSAGES, List.of(settings.pageId(), "conversations"),
                    Map.of("platform", "messenger", "user_id", recipient(request),
                            "fields", "id,messages.limit(50){id,message,created_time,from}"));
            List<JsonNode> found = GraphClient.data(conversations);
            first = found.isEmpty() ? null : found.getFirst().path("messages");
            if (first == null || !first.has("data")) {
                return Optional.empty();
            }
        }
        return readBack(Family.MESSAGES, first, request.text(), sentAfter, node -> {
            Message m = GraphDtos.read(json, node, Message.class);
            return new Sent(m.id(), m.message(), GraphTime.parse(m.createdTime(), "a Messenger message"),
                    mapper.isPage(m.from()), null);
        });
    }

    /** Something written on the object: by whom, when and what. */
    private record Sent(String id, String text, Instant at, boolean ours, String url) {}

    /** Walks newest first until the page's own item with {@code text}, or past {@code sentAfter}. */
    private Optional<PostedReply> readBack(Family family, JsonNode first, String text, Instant sentAfter,
                                           Function<JsonNode, Sent> read) {
        PostedReply[] hit = {null};
        int[] pages = {0};
        client.walk(family, first, items -> {
            boolean older = false;
            for (JsonNode node : items) {
                Sent sent = read.apply(node);
                older |= sent.at().isBefore(sentAfter);
                if (hit[0] == null && sent.ours() && !sent.at().isBefore(sentAfter) && sameText(sent.text(), text)) {
                    hit[0] = new PostedReply(sent.id(), sent.url(), sent.at());
                }
            }
            return hit[0] == null && !older && ++pages[0] < READ_BACK_PAGES;
        });
        return Optional.ofNullable(hit[0]);
    }

    /** Where a public answer goes: the item's reply target, else the item itself. */
    private static String publicTarget(ReplyRequest request) {
        Map<String, String> context = request.replyContext();
        if ("message".equals(context.get("kind"))) {
            throw refused("A Messenger conversation has no public thread; answer it as a direct message.");
        }
        for (String candidate : new String[] {context.get("replyTo"), context.get("objectId"),
                request.inReplyToExternalId()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw refused("This reply does not say which Facebook post or comment it answers.");
    }

    private static String recipient(ReplyRequest request) {
        String psid = request.replyContext().get("psid");
        if (psid == null || psid.isBlank()) {
            psid = request.recipientHandle();
        }
        if (psid == null || psid.isBlank() || psid.startsWith(FacebookMapper.UNKNOWN_HANDLE_PREFIX)) {
            throw refused("This reply does not say which Messenger user it goes to.");
        }
        return psid;
    }

    private static Instant lastCustomerMessage(ReplyRequest request) {
        String value = request.replyContext().get("lastCustomerMessageAt");
        if (value == null || value.isBlank()) {
            return null; // unknown: Facebook itself refuses outside the window, in the same words
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            LOG.warn("Unreadable lastCustomerMessageAt in a reply context; leaving the window check to Facebook");
            return null;
        }
    }

    private static String id(JsonNode answer, String field) {
        String id = answer.path(field).asText("");
        if (id.isBlank()) {
            throw new ConnectorException(Kind.MALFORMED, "Facebook accepted the reply but did not say its id ("
                    + field + " is missing). Check the page before sending it again.");
        }
        return id;
    }

    /** Facebook keeps the text as sent, apart from surrounding white space and line ends. */
    private static boolean sameText(String posted, String wanted) {
        return posted != null && normal(posted).equals(normal(wanted));
    }

    private static String normal(String s) {
        return s.replace("\r\n", "\n").strip();
    }

    private static ConnectorException refused(String words) {
        return new ConnectorException(Kind.CLIENT_ERROR, words);
    }
}
