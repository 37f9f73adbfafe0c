package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.connect.bluesky.ChatJson.Message;
import org.switchboard.connect.bluesky.RepoJson.CreatedRecord;
import org.switchboard.connect.bluesky.RepoJson.StoredRecord;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * Sends replies exactly once. A public reply is created under a record key derived from the
 * idempotency key ({@link RecordKeys}); before creating, and after any failure that may have hidden a
 * success, the key is read back. Direct messages have no such key: before sending, and after such a
 * failure, the newest messages of the conversation are read, and our own message with the same words
 * (recent, and with nothing from the other side after it) counts as the one already sent.
 */
final class ReplySender {
    static final int POST_GRAPHEMES = 300;
    static final int POST_BYTES = 3000;
    static final int MESSAGE_GRAPHEMES = 1000;
    static final int MESSAGE_BYTES = 10000;
    static final String NO_DM_SEND = "This app password cannot send direct messages; create one with "
            + "'Allow access to your direct messages' in Bluesky's settings.";
    private static final Duration DM_READ_BACK = Duration.ofHours(24);
    private static final int DM_READ_BACK_COUNT = 20;

    private final BlueskyApi api;
    private final ChatMapper chat;
    private final Clock clock;
    private final List<String> langs;

    ReplySender(BlueskyApi api, ChatMapper chat, Clock clock, List<String> langs) {
        this.api = api;
        this.chat = chat;
        this.clock = clock;
        this.langs = langs;
    }

    PostedReply send(ReplyRequest request) {
        return switch (request.channel()) {
            case PUBLIC -> post(request);
            case DIRECT -> message(request);
            case EMAIL -> throw new ConnectorException(Kind.CLIENT_ERROR, "Bluesky cannot send e-mail; "
                    + "choose a public reply or a direct message.");
        };
    }

    private PostedReply post(ReplyRequest request) {
        String text = request.text();
        checkLength(text, POST_GRAPHEMES, POST_BYTES, "a post");
        Map<String, String> ctx = request.replyContext();
        Map<String, String> parent = ref(ctx.getOrDefault("uri", request.inReplyToExternalId()), ctx.get("cid"));
        if (PostMapper.blank(parent.get("uri")) || !parent.get("uri").startsWith("at://")
                || PostMapper.blank(parent.get("cid"))) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The Bluesky post to answer lacks its reference "
                    + "(URI and CID); sync the account again before replying.");
        }
        // root: the thread's first post, or the parent when that starts the thread (PLATFORM-APIS.md §2)
        Map<String, String> root = PostMapper.blank(ctx.get("rootUri")) || PostMapper.blank(ctx.get("rootCid"))
                ? parent : ref(ctx.get("rootUri"), ctx.get("rootCid"));
        Session session = api.session();
        String rkey = RecordKeys.forReply(request.idempotencyKey());
        Optional<StoredRecord> earlier = api.getRecord(session.did(), PostMapper.POST, rkey);
        if (earlier.isPresent()) {
            return posted(earlier.get(), session, rkey);
        }
        Instant now = clock.instant();
        try {
            CreatedRecord created = api.createRecord(PostMapper.POST, rkey, record(text, root, parent, now));
            String uri = PostMapper.blank(created.uri()) ? ownUri(session, rkey) : created.uri();
            return new PostedReply(uri, PostMapper.postUrl(session.handle(), uri), now);
        } catch (ConnectorException e) {
            if (!mayHaveHappened(e)) {
                throw e;
            }
            return readBack(() -> api.getRecord(session.did(), PostMapper.POST, rkey))
                    .map(r -> posted(r, session, rkey)).orElseThrow(() -> e);
        }
    }

    /** An {@code app.bsky.feed.post} record answering {@code parent} in the thread of {@code root}. */
    private Map<String, Object> record(String text, Map<String, String> root, Map<String, String> parent,
                                       Instant now) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("$type", PostMapper.POST);
        record.put("text", text);
        record.put("createdAt", Timestamps.format(now));
        if (!langs.isEmpty()) {
            record.put("langs", langs);
        }
        List<Map<String, Object>> facets = RichText.linkFacets(text);
        if (!facets.isEmpty()) {
            record.put("facets", facets);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("root", root);
        reply.put("parent", parent);
        record.put("reply", reply);
        return record;
    }

    private PostedReply message(ReplyRequest request) {
        String text = request.text();
        checkLength(text, MESSAGE_GRAPHEMES, MESSAGE_BYTES, "a direct message");
        String convoId = conversation(request);
        try {
            String ownDid = api.session().did();
            Optional<Message> earlier = alreadySent(convoId, text, ownDid);
            if (earlier.isPresent()) {
                return posted(convoId, earlier.get());
            }
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("text", text);
            List<Map<String, Object>> facets = RichText.linkFacets(text);
            if (!facets.isEmpty()) {
                message.put("facets", facets);
            }
            try {
                Message sent = api.sendMessage(convoId, message);
                if (PostMapper.blank(sent.id())) {
                    throw new ConnectorException(Kind.MALFORMED, "Bluesky answered the direct message without its id.");
                }
                return posted(convoId, sent);
            } catch (ConnectorException e) {
                if (!mayHaveHappened(e)) {
                    throw e;
                }
                return readBack(() -> alreadySent(convoId, text, ownDid)).map(m -> posted(convoId, m))
                        .orElseThrow(() -> e);
            }
        } catch (ConnectorException e) {
            if (e.kind() == Kind.PERMISSION) {
                throw new ConnectorException(Kind.PERMISSION, NO_DM_SEND, null, e.httpStatus(), e);
            }
            throw e;
        }
    }

    /** The conversation to answer: from the reply context, else from the answered message's id. */
    private static String conversation(ReplyRequest request) {
        String convoId = request.replyContext().get("convoId");
        if (PostMapper.blank(convoId)) {
            convoId = ChatMapper.convoOf(request.inReplyToExternalId());
        }
        if (PostMapper.blank(convoId)) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The Bluesky conversation to answer is unknown "
                    + "(no conversation id); sync the account again before replying.");
        }
        return convoId;
    }

    /**
     * Our newest message with exactly these words, sent in the last 24 hours with nothing from the other
     * side after it. Someone writing in between makes a repeat of our words a new message, not a retry.
     */
    private Optional<Message> alreadySent(String convoId, String text, String ownDid) {
        Instant since = clock.instant().minus(DM_READ_BACK);
        for (JsonNode node : api.getMessages(convoId, null, DM_READ_BACK_COUNT).messages()) {
            Optional<Message> m = chat.message(node);
            if (m.isEmpty()) {
                continue;
            }
            String sender = m.get().sender() == null ? null : m.get().sender().did();
            if (sender == null || !sender.equals(ownDid)) {
                return Optional.empty();
            }
            Instant sent = Timestamps.parse(m.get().sentAt());
            if (sent != null && sent.isBefore(since)) {
                return Optional.empty();
            }
            if (text.equals(m.get().text())) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** A failure after which the post or message may exist nonetheless (the answer was lost or garbled). */
    private static boolean mayHaveHappened(ConnectorException e) {
        return e.kind() == Kind.SERVER_ERROR || e.kind() == Kind.NETWORK || e.kind() == Kind.MALFORMED
                || e.kind() == Kind.CLIENT_ERROR;
    }

    private static <T> Optional<T> readBack(Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (ConnectorException e) {
            return Optional.empty(); // cannot tell now: the original failure stands, the outbox tries later
        }
    }

    private PostedReply posted(StoredRecord r, Session session, String rkey) {
        String uri = PostMapper.blank(r.uri()) ? ownUri(session, rkey) : r.uri();
        Instant created = r.value() == null ? null : Timestamps.parse(r.value().path("createdAt").asText(null));
        return new PostedReply(uri, PostMapper.postUrl(session.handle(), uri),
                created != null ? created : clock.instant());
    }

    private PostedReply posted(String convoId, Message m) {
        Instant sent = Timestamps.parse(m.sentAt());
        return new PostedReply(ChatMapper.externalId(convoId, m.id()), ChatMapper.convoUrl(convoId),
                sent != null ? sent : clock.instant());
    }

    private static String ownUri(Session session, String rkey) {
        return "at://" + session.did() + "/" + PostMapper.POST + "/" + rkey;
    }

    private static Map<String, String> ref(String uri, String cid) {
        Map<String, String> ref = new LinkedHashMap<>();
        ref.put("uri", uri);
        ref.put("cid", cid);
        return ref;
    }

    /** Bluesky's limits, checked before anything is sent: graphemes as people count, and UTF-8 bytes. */
    private static void checkLength(String text, int maxGraphemes, int maxBytes, String what) {
        int graphemes = RichText.graphemes(text);
        if (graphemes > maxGraphemes) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The reply has " + graphemes + " characters; Bluesky "
                    + "allows at most " + maxGraphemes + " in " + what + ". Shorten it.");
        }
        int bytes = RichText.utf8Length(text);
        if (bytes > maxBytes) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The reply is " + bytes + " bytes long; Bluesky allows "
                    + "at most " + maxBytes + " in " + what + ". Shorten it.");
        }
    }
}
