package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The XRPC transport of one account: {@code GET /xrpc/<nsid>} for queries, {@code POST} for procedures,
 * the bearer token, the chat proxy header, and one budget per family of calls. Knows nothing of
 * sessions or our domain. Thread-safe; blocks.
 */
final class XrpcClient {
    /** The chat service behind the PDS; every {@code chat.bsky.*} call names it in {@code atproto-proxy}. */
    static final String CHAT_PROXY = "did:web:api.bsky.chat#bsky_chat";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /**
     * Separate budgets so one exhausted limit does not stop the others: createSession has its own small
     * limit (30 per 5 minutes), writes are counted in points per hour, and the chat service answers
     * with its own headers.
     */
    enum Budget { READ, WRITE, CHAT, LOGIN }

    record Param(String name, String value) {}

    private final Http http;
    private final String service;
    private final String budgetPrefix;

    XrpcClient(Http http, String service, String budgetPrefix) {
        this.http = http;
        this.service = service;
        this.budgetPrefix = budgetPrefix;
    }

    ObjectMapper json() {
        return http.json();
    }

    JsonNode query(Budget budget, String nsid, List<Param> params, String bearer) {
        HttpUrl.Builder url = endpoint(nsid).newBuilder();
        for (Param p : params) {
            if (p.value() != null) {
                url.addQueryParameter(p.name(), p.value());
            }
        }
        return send(budget, request(url.build(), bearer, budget).get().build());
    }

    /** {@code input} null sends an empty body (refreshSession takes none). */
    JsonNode procedure(Budget budget, String nsid, Object input, String bearer) {
        RequestBody body;
        try {
            body = input == null ? RequestBody.create(new byte[0], null)
                    : RequestBody.create(json().writeValueAsBytes(input), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + nsid + " input", e);
        }
        return send(budget, request(endpoint(nsid), bearer, budget).post(body).build());
    }

    /** Reads a JSON answer into a DTO; a shape we cannot read is MALFORMED, in words. */
    <T> T decode(JsonNode node, Class<T> type, String what) {
        try {
            T value = json().treeToValue(node, type);
            if (value == null) {
                throw new ConnectorException(Kind.MALFORMED, "Bluesky sent an empty " + what + ".");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw unreadable(what, e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw unreadable(what, e.getMessage(), e);
        }
    }

    static ConnectorException unreadable(String what, String why, Exception cause) {
        String detail = SafeText.clip(why);
        return new ConnectorException(Kind.MALFORMED, "Bluesky sent a " + what + " Switchboard cannot read"
                + (detail == null ? "." : " (" + detail + ")."), null, 0, cause);
    }

    private JsonNode send(Budget budget, Request request) {
        return http.send(budgetPrefix + "/" + budget.name().toLowerCase(Locale.ROOT), request, BlueskyRules.INSTANCE)
                .body();
    }

    private Request.Builder request(HttpUrl url, String bearer, Budget budget) {
        Request.Builder r = new Request.Builder().url(url).header("Accept", "application/json");
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        if (budget == Budget.CHAT) {
            r.header("atproto-proxy", CHAT_PROXY);
        }
        return r;
    }

    private HttpUrl endpoint(String nsid) {
        return base().newBuilder().addPathSegment("xrpc").addPathSegment(nsid).build();
    }

    /**
     * The configured PDS or entryway. Tokens travel with every call, so plain http is refused except
     * on this machine (tests, a local PDS). The PDS named in the session's DID document is deliberately
     * not followed: the entryway serves every bsky.social account, and a hostile document must not be
     * able to send our tokens elsewhere.
     */
    private HttpUrl base() {
        HttpUrl url = HttpUrl.parse(service.strip());
        if (url == null || !(url.isHttps() || LOOPBACK.contains(url.host()))) {
            throw new ConnectorException(Kind.CLIENT_ERROR, "The Bluesky service address '"
                    + SafeText.clip(service) + "' is not an https address. Check the account's settings.");
        }
        return url;
    }
}
