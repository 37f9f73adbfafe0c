package org.switchboard.e2e;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Mastodon's {@code POST /api/v1/statuses} with its Idempotency-Key: a repeated key returns the status it
 * already made (Mastodon keeps keys about an hour), and {@code GET /api/v1/accounts/:id/statuses} lists the
 * account's own statuses for a read-back.
 */
final class MastodonSim extends ReplySim {
    static final String OWN_ID = "109876543210987654";
    private final Map<String, Created> byKey = new HashMap<>();
    private long nextId = 114700000000000000L;
    /** How far ahead a 429 puts the reset. */
    volatile java.time.Duration throttleReset = java.time.Duration.ofSeconds(90);

    MastodonSim(FixtureServer reads, Clock clock) {
        super(reads, clock);
    }

    @Override
    boolean isCreate(RecordedRequest r) {
        return r.getMethod().equals("POST") && r.getUrl().encodedPath().equals("/api/v1/statuses");
    }

    @Override
    MockResponse create(RecordedRequest r) {
        String key = r.getHeaders().get("Idempotency-Key");
        Created c = key == null ? null : byKey.get(key);
        if (c == null) {
            c = record(key, form(r, "in_reply_to_id"), form(r, "status"), Long.toString(nextId++));
            byKey.put(key, c);
        }
        return json(200, status(c));
    }

    @Override
    MockResponse readOwn(RecordedRequest r) {
        if (r.getMethod().equals("GET") && r.getUrl().encodedPath().equals("/api/v1/accounts/" + OWN_ID + "/statuses")) {
            StringBuilder out = new StringBuilder("[");
            for (int i = created.size() - 1; i >= 0; i--) {
                out.append(out.length() > 1 ? "," : "").append(status(created.get(i)));
            }
            return json(200, out.append("]").toString());
        }
        return null;
    }

    @Override
    MockResponse throttled() {
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("X-RateLimit-Limit", "300").addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", clock.instant().plus(throttleReset).toString())
                .body("{\"error\":\"Too many requests\"}").build();
    }

    private static String status(Created c) {
        String html = "<p>" + c.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        return "{\"id\":\"" + c.id() + "\",\"created_at\":\"" + c.at() + "\",\"in_reply_to_id\":"
                + (c.inReplyTo() == null ? "null" : quote(c.inReplyTo())) + ",\"visibility\":\"public\","
                + "\"uri\":\"https://social.beispielstadt.example/users/stadt/statuses/" + c.id() + "\","
                + "\"url\":\"https://social.beispielstadt.example/@stadt/" + c.id() + "\",\"content\":" + quote(html)
                + ",\"spoiler_text\":\"\",\"account\":{\"id\":\"" + OWN_ID + "\",\"acct\":\"stadt\"}}";
    }
}
