package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.mastodon.MastodonDto.Account;
import org.switchboard.connect.mastodon.MastodonDto.Conversation;
import org.switchboard.connect.mastodon.MastodonDto.Notification;
import org.switchboard.connect.mastodon.MastodonDto.Status;
import org.switchboard.connect.mastodon.MastodonDto.StatusEdit;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The Mastodon REST calls of one account: builds each request against the account's server with its
 * token, sends it through the shared {@link Http} under the right budget and reads the JSON into DTOs.
 * Budgets are per account and endpoint family ({@code mastodon:<id>:notifications}, ...); every request
 * with a paging parameter shares {@code mastodon:<id>:paging}, because Mastodon limits paging requests
 * separately (300 per 15 minutes). Blocks; background threads only.
 */
final class MastodonClient {
    /** Page size of notifications and conversations (Mastodon's maximum for conversations, safe for both). */
    static final int PAGE_LIMIT = 40;

    private final Http http;
    private final String budget;
    private final Supplier<HttpUrl> instance;
    private final Supplier<String> token;

    /** One page as Mastodon sent it (newest first), with its paging links and the address it came from. */
    record Page<T>(List<T> items, LinkHeader links, HttpUrl url) {}

    /** Where a page starts: nothing (the newest page), {@code min_id} (just newer) or {@code max_id} (older). */
    record Position(String parameter, String id) {
        static final Position NEWEST = new Position(null, null);

        static Position after(String id) {
            return new Position("min_id", id);
        }

        static Position before(String id) {
            return new Position("max_id", id);
        }

        boolean paging() {
            return parameter != null;
        }
    }

    MastodonClient(Http http, long accountId, Supplier<HttpUrl> instance, Supplier<String> token) {
        this.http = http;
        this.budget = "mastodon:" + accountId + ":";
        this.instance = instance;
        this.token = token;
    }

    Page<Notification> mentions(Position from) {
        HttpUrl url = at(MastodonInstance.path(instance.get(), "api/v1/notifications")
                .addQueryParameter("types[]", "mention")
                .addQueryParameter("limit", Integer.toString(PAGE_LIMIT)), from);
        Http.Reply reply = get(from.paging() ? "paging" : "notifications", url);
        return new Page<>(list(reply.body(), Notification[].class, "a page of mentions"), links(reply), url);
    }

    Page<Conversation> conversations(Position from) {
        HttpUrl url = at(MastodonInstance.path(instance.get(), "api/v1/conversations")
                .addQueryParameter("limit", Integer.toString(PAGE_LIMIT)), from);
        Http.Reply reply = get(from.paging() ? "paging" : "conversations", url);
        return new Page<>(list(reply.body(), Conversation[].class, "a page of conversations"), links(reply), url);
    }

    /** All versions of an edited status, oldest first as Mastodon lists them; the last is the current one. */
    List<StatusEdit> history(String statusId) {
        HttpUrl url = MastodonInstance.path(instance.get(), "api/v1/statuses").addPathSegment(statusId)
                .addPathSegment("history").build();
        return list(get("statuses", url).body(), StatusEdit[].class, "the edit history of status " + statusId);
    }

    /** The server's description ({@code /api/v2/instance}): its limits, among them the length of a status. */
    JsonNode instanceDescription() {
        return get("instance", MastodonInstance.path(instance.get(), "api/v2/instance").build()).body();
    }

    /** The account's own newest statuses (replies included, boosts left out), newest first. */
    List<Status> ownStatuses(String accountId, int limit) {
        HttpUrl url = MastodonInstance.path(instance.get(), "api/v1/accounts").addPathSegment(accountId)
                .addPathSegment("statuses").addQueryParameter("limit", Integer.toString(limit))
                .addQueryParameter("exclude_reblogs", "true").build();
        return list(get("statuses", url).body(), Status[].class, "the account's own statuses");
    }

    Account verifyCredentials() {
        HttpUrl url = MastodonInstance.path(instance.get(), "api/v1/accounts/verify_credentials").build();
        return one(get("accounts", url).body(), Account.class, "the account's own profile");
    }

    /**
     * Posts a status. Sent once: {@link Http} never repeats a POST, and the {@code Idempotency-Key} lets
     * Mastodon recognise a later deliberate retry of the same reply (kept for an hour).
     */
    Status postStatus(String text, String inReplyToId, String visibility, String idempotencyKey) {
        FormBody.Builder form = new FormBody.Builder().add("status", text).add("visibility", visibility);
        if (inReplyToId != null) {
            form.add("in_reply_to_id", inReplyToId);
        }
        Request request = authorised(MastodonInstance.path(instance.get(), "api/v1/statuses").build())
                .header("Idempotency-Key", idempotencyKey)
                .post(form.build())
                .build();
        Http.Reply reply = http.send(budget + "statuses", request, MastodonRules.API);
        return one(reply.body(), Status.class, "an answer to the posted reply (it was probably posted)");
    }

    private static HttpUrl at(HttpUrl.Builder url, Position from) {
        if (from.paging()) {
            url.addQueryParameter(from.parameter(), from.id());
        }
        return url.build();
    }

    private Http.Reply get(String family, HttpUrl url) {
        return http.send(budget + family, authorised(url).get().build(), MastodonRules.API);
    }

    private Request.Builder authorised(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json");
    }

    private static LinkHeader links(Http.Reply reply) {
        return LinkHeader.parse(reply.headers().values("Link"));
    }

    private <T> List<T> list(JsonNode body, Class<T[]> type, String what) {
        T[] items = one(body, type, what);
        if (Arrays.stream(items).anyMatch(Objects::isNull)) {
            throw unreadable(what, "an entry is null");
        }
        return List.of(items);
    }

    private <T> T one(JsonNode body, Class<T> type, String what) {
        try {
            T value = http.json().treeToValue(body, type);
            if (value == null) {
                throw unreadable(what, "the answer is empty");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String at = e instanceof JsonMappingException m ? jsonPath(m) : "";
            throw new ConnectorException(Kind.MALFORMED, "Mastodon sent " + what + " that Switchboard cannot read ("
                    + (at.isEmpty() ? "not the documented shape" : "unexpected value at " + at) + ").", null, 200, e);
        }
    }

    /** Where in the JSON reading failed, e.g. {@code [1].status.media_attachments}. */
    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ConnectorException unreadable(String what, String reason) {
        return new ConnectorException(Kind.MALFORMED, "Mastodon sent " + what + " that Switchboard cannot read ("
                + reason + ").", null, 200, null);
    }

}
