package org.switchboard.connect.bluesky;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.connect.bluesky.ChatJson.ConvoList;
import org.switchboard.connect.bluesky.ChatJson.MessageList;
import org.switchboard.connect.bluesky.FeedJson.NotificationList;
import org.switchboard.connect.bluesky.FeedJson.PostList;
import org.switchboard.connect.bluesky.RepoJson.CreatedRecord;
import org.switchboard.connect.bluesky.RepoJson.StoredRecord;
import org.switchboard.connect.bluesky.XrpcClient.Budget;
import org.switchboard.connect.bluesky.XrpcClient.Param;

/**
 * The Bluesky calls Switchboard makes, each with the account's session (renewed when Bluesky refuses
 * the token) and read into DTOs. One method per XRPC method; no paging or mapping here.
 */
final class BlueskyApi {
    /** What we queue; likes, reposts and follows are not addressed to the organisation. */
    static final List<String> REASONS = List.of("mention", "reply", "quote");

    private final XrpcClient xrpc;
    private final SessionKeeper sessions;

    BlueskyApi(XrpcClient xrpc, SessionKeeper sessions) {
        this.xrpc = xrpc;
        this.sessions = sessions;
    }

    Session session() {
        return sessions.current();
    }

    boolean hasPassword() {
        return sessions.hasPassword();
    }

    /** A fresh login with the app password (verify: proves the password the user just entered). */
    Session login() {
        return sessions.login();
    }

    /** {@code com.atproto.server.getSession}: checks a stored session; returns the handle it reports. */
    String sessionHandle() {
        return sessions.call(s -> xrpc.query(Budget.READ, "com.atproto.server.getSession", List.of(), s.accessJwt())
                .path("handle").asText(s.handle()));
    }

    NotificationList listNotifications(String cursor, int limit) {
        List<Param> params = new ArrayList<>();
        REASONS.forEach(r -> params.add(new Param("reasons", r)));
        params.add(new Param("limit", Integer.toString(limit)));
        params.add(new Param("cursor", cursor));
        return sessions.call(s -> xrpc.decode(xrpc.query(Budget.READ, "app.bsky.notification.listNotifications",
                params, s.accessJwt()), NotificationList.class, "notification list"));
    }

    /** {@code app.bsky.feed.getPosts}: at most 25 URIs a call (the lexicon's limit). */
    PostList getPosts(List<String> uris) {
        List<Param> params = uris.stream().map(u -> new Param("uris", u)).toList();
        return sessions.call(s -> xrpc.decode(xrpc.query(Budget.READ, "app.bsky.feed.getPosts", params,
                s.accessJwt()), PostList.class, "post list"));
    }

    ConvoList listConvos(String cursor, int limit) {
        List<Param> params = List.of(new Param("limit", Integer.toString(limit)), new Param("cursor", cursor));
        return sessions.call(s -> xrpc.decode(xrpc.query(Budget.CHAT, "chat.bsky.convo.listConvos", params,
                s.accessJwt()), ConvoList.class, "conversation list"));
    }

    MessageList getMessages(String convoId, String cursor, int limit) {
        List<Param> params = List.of(new Param("convoId", convoId), new Param("limit", Integer.toString(limit)),
                new Param("cursor", cursor));
        return sessions.call(s -> xrpc.decode(xrpc.query(Budget.CHAT, "chat.bsky.convo.getMessages", params,
                s.accessJwt()), MessageList.class, "message list"));
    }

    /** {@code com.atproto.repo.getRecord}; empty when the record does not exist. */
    Optional<StoredRecord> getRecord(String did, String collection, String rkey) {
        List<Param> params = List.of(new Param("repo", did), new Param("collection", collection),
                new Param("rkey", rkey));
        try {
            return Optional.of(sessions.call(s -> xrpc.decode(xrpc.query(Budget.READ, "com.atproto.repo.getRecord",
                    params, s.accessJwt()), StoredRecord.class, "record")));
        } catch (XrpcException e) {
            if (e.is("RecordNotFound") || e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    CreatedRecord createRecord(String collection, String rkey, Map<String, Object> record) {
        return sessions.call(s -> {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("repo", s.did());
            input.put("collection", collection);
            input.put("rkey", rkey);
            input.put("record", record);
            return xrpc.decode(xrpc.procedure(Budget.WRITE, "com.atproto.repo.createRecord", input, s.accessJwt()),
                    CreatedRecord.class, "answer to the new post");
        });
    }

    ChatJson.Message sendMessage(String convoId, Map<String, Object> message) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("convoId", convoId);
        input.put("message", message);
        return sessions.call(s -> xrpc.decode(xrpc.procedure(Budget.CHAT, "chat.bsky.convo.sendMessage", input,
                s.accessJwt()), ChatJson.Message.class, "answer to the sent message"));
    }
}
