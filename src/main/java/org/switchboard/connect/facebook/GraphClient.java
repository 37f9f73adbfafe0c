package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.http.RateState;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The Graph calls of one page: URLs, the token, budgets and paging. The token travels only in the
 * {@code Authorization} header, never in a URL, so it cannot end up in a log line, a proxy log or an
 * error message; Graph's own {@code paging.next} links carry {@code access_token=…}, which is removed
 * before such a link is followed. Background threads only.
 */
final class GraphClient {
    /** The budget families of a page: Meta counts them separately enough to pace them separately. */
    enum Family {
        FEED, COMMENTS, MESSAGES;

        String key(long accountId) {
            return "facebook:" + accountId + ":" + name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** More pages than this in one pass means a loop or a first sync far too large; stop and say so. */
    static final int MAX_PAGES = 200;

    private final Http http;
    private final GraphSettings settings;
    private final long accountId;
    private final PageToken token;
    private final GraphRules rules;

    GraphClient(Http http, GraphSettings settings, long accountId, PageToken token) {
        this.http = http;
        this.settings = settings;
        this.accountId = accountId;
        this.token = token;
        this.rules = new GraphRules(token::redact);
    }

    Instant now() {
        return http.clock().instant();
    }

    JsonNode get(Family family, List<String> path, Map<String, String> query) {
        HttpUrl.Builder url = url(path);
        query.forEach(url::addQueryParameter);
        return send(family, new Request.Builder().url(url.build()).get());
    }

    JsonNode postForm(Family family, List<String> path, Map<String, String> form) {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        return send(family, new Request.Builder().url(url(path).build()).post(body.build()));
    }

    JsonNode postJson(Family family, List<String> path, JsonNode body) {
        RequestBody json = RequestBody.create(body.toString(), JSON);
        return send(family, new Request.Builder().url(url(path).build()).post(json));
    }

    /**
     * Reads an edge page by page, starting with {@code first} (already fetched, or nested in another
     * answer). {@code reader} gets each page's items and answers whether to read on. Stops at an empty
     * page, at a page without {@code paging.next}, at a link seen before and after {@link #MAX_PAGES}.
     * Graph notes that an empty page may still carry {@code next}; following such chains has been seen
     * to loop, so an empty page ends the walk.
     */
    void walk(Family family, JsonNode first, Predicate<List<JsonNode>> reader) {
        JsonNode page = first;
        Set<String> followed = new HashSet<>();
        for (int pages = 1; ; pages++) {
            List<JsonNode> items = data(page);
            if (items.isEmpty() || !reader.test(items)) {
                return;
            }
            String next = page.path("paging").path("next").asText("");
            if (next.isBlank()) {
                return;
            }
            HttpUrl link = rebase(next);
            if (!followed.add(link.toString())) {
                LOG.warn("Facebook repeated a paging link ({}); stopping there", link.encodedPath());
                return;
            }
            if (pages >= MAX_PAGES) {
                LOG.warn("Facebook paging of {} stopped after {} pages", link.encodedPath(), pages);
                return;
            }
            page = send(family, new Request.Builder().url(link).get());
        }
    }

    /** The {@code data} list of a Graph page; an answer without one is malformed. */
    static List<JsonNode> data(JsonNode page) {
        JsonNode data = page == null ? null : page.get("data");
        if (data == null || !data.isArray()) {
            throw new ConnectorException(Kind.MALFORMED, "Facebook answered without the expected list of items"
                    + " (no \"data\").");
        }
        List<JsonNode> items = new ArrayList<>(data.size());
        data.forEach(items::add);
        return items;
    }

    /**
     * A Graph paging link re-pointed at the configured base: only its path and query are kept (minus
     * the token), so a payload can never send our token to another host, and a test server or relay
     * configured as {@code graphUrl} also serves the following pages.
     */
    HttpUrl rebase(String link) {
        HttpUrl parsed = HttpUrl.parse(link);
        if (parsed == null) {
            throw new ConnectorException(Kind.MALFORMED, "Facebook sent a paging link that is not an address.");
        }
        HttpUrl.Builder url = settings.base().newBuilder().query(null);
        parsed.encodedPathSegments().stream().filter(s -> !s.isEmpty()).forEach(url::addEncodedPathSegment);
        for (int i = 0; i < parsed.querySize(); i++) {
            String name = parsed.queryParameterName(i);
            if (!name.equalsIgnoreCase("access_token")) {
                url.addQueryParameter(name, parsed.queryParameterValue(i));
            }
        }
        return url.build();
    }

    private HttpUrl.Builder url(List<String> path) {
        HttpUrl.Builder url = settings.base().newBuilder().query(null).addPathSegment(settings.version());
        path.forEach(url::addPathSegment); // encodes '/', '?' and '#' inside ids: no path tricks from payloads
        return url;
    }

    private JsonNode send(Family family, Request.Builder request) {
        Request r = request.header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json").build();
        try {
            Http.Reply reply = http.send(family.key(accountId), r, rules);
            shareUsage(family, reply.headers());
            return reply.body();
        } catch (ConnectorException e) {
            if (e.kind() == Kind.RATE_LIMITED && e.retryAt() != null) {
                // Meta throttles the page (and the app) as a whole: stop every family, not just this one.
                for (Family f : Family.values()) {
                    http.governor().block(f.key(accountId), e.retryAt());
                }
            } else if (e.kind() == Kind.AUTH_EXPIRED) {
                token.forget();
            }
            throw e;
        }
    }

    /** Usage percentages are per app and per page, not per endpoint: every family slows down together. */
    private void shareUsage(Family family, okhttp3.Headers headers) {
        RateState state = rules.rateState(headers, now());
        if (state.usedPercent() < 0 && state.blockedUntil() == null) {
            return;
        }
        for (Family f : Family.values()) {
            if (f != family) {
                http.governor().record(f.key(accountId), state);
            }
        }
    }
}
