package org.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Bluesky's {@code com.atproto.repo.createRecord} under the record key the client chooses, and
 * {@code getRecord} reading it back (400 RecordNotFound until it exists). A second create under the same key
 * would be a duplicate post; the sim counts it.
 */
final class BlueskySim extends ReplySim {
    static final String DID = "did:plc:k7q2x4mvbs5wa3hzyj6ulotr";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Created> byRkey = new HashMap<>();

    BlueskySim(FixtureServer reads, Clock clock) {
        super(reads, clock);
    }

    @Override
    boolean isCreate(RecordedRequest r) {
        return r.getMethod().equals("POST") && r.getUrl().encodedPath().equals("/xrpc/com.atproto.repo.createRecord");
    }

    @Override
    MockResponse create(RecordedRequest r) {
        try {
            JsonNode body = JSON.readTree(r.getBody().utf8());
            String rkey = body.path("rkey").asText();
            String uri = "at://" + DID + "/app.bsky.feed.post/" + rkey;
            Created c = record(rkey, body.path("record").path("reply").path("parent").path("uri").asText(),
                    body.path("record").path("text").asText(), uri);
            byRkey.putIfAbsent(rkey, c);
            return json(200, "{\"uri\":\"" + uri + "\",\"cid\":\"bafyrei" + rkey + "\",\"validationStatus\":\"valid\"}");
        } catch (java.io.IOException e) {
            return json(400, "{\"error\":\"InvalidRequest\"}");
        }
    }

    @Override
    MockResponse readOwn(RecordedRequest r) {
        if (!r.getMethod().equals("GET") || !r.getUrl().encodedPath().equals("/xrpc/com.atproto.repo.getRecord")) {
            return null;
        }
        Created c = byRkey.get(r.getUrl().queryParameter("rkey"));
        if (c == null) {
            return json(400, "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}");
        }
        return json(200, "{\"uri\":\"" + c.id() + "\",\"cid\":\"bafyrei" + c.key() + "\",\"value\":{\"$type\":"
                + "\"app.bsky.feed.post\",\"text\":" + quote(c.text()) + ",\"createdAt\":\"" + c.at() + "\"}}");
    }

    @Override
    MockResponse throttled() {
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("ratelimit-limit", "5000").addHeader("ratelimit-remaining", "0")
                .addHeader("ratelimit-reset", Long.toString(clock.instant().plusSeconds(60).getEpochSecond()))
                .body("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}").build();
    }
}
