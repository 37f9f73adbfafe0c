package org.switchboard.e2e;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The Graph API's {@code POST /{object}/comments} (no idempotency key) and {@code GET /{object}/comments},
 * which lists the page's own answers for a read-back, newest first.
 */
final class FacebookSim extends ReplySim {
    static final String PAGE = "104512345678901";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private final Set<String> targets = new HashSet<>();
    private int next = 1;

    FacebookSim(FixtureServer reads, Clock clock) {
        super(reads, clock);
    }

    @Override
    boolean isCreate(RecordedRequest r) {
        if (r.getMethod().equals("POST") && r.getUrl().encodedPath().endsWith("/comments")) {
            synchronized (this) {
                targets.add(target(r));
            }
            return true;
        }
        return false;
    }

    @Override
    MockResponse create(RecordedRequest r) {
        String target = target(r);
        String text = form(r, "message");
        Created c = record(text, target, text, target.substring(target.indexOf('_') + 1) + "_9" + (next++));
        return json(200, "{\"id\":\"" + c.id() + "\"}");
    }

    @Override
    MockResponse readOwn(RecordedRequest r) {
        if (!r.getMethod().equals("GET") || !r.getUrl().encodedPath().endsWith("/comments")
                || !targets.contains(target(r))) {
            return null;
        }
        StringBuilder out = new StringBuilder("{\"data\":[");
        boolean first = true;
        for (int i = created.size() - 1; i >= 0; i--) {
            Created c = created.get(i);
            if (c.inReplyTo().equals(target(r))) {
                out.append(first ? "" : ",").append("{\"id\":\"").append(c.id()).append("\",\"message\":")
                        .append(quote(c.text())).append(",\"created_time\":\"").append(GRAPH_TIME.format(c.at()))
                        .append("\",\"from\":{\"id\":\"").append(PAGE).append("\",\"name\":\"Stadt Beispielstadt\"}}");
                first = false;
            }
        }
        return json(200, out.append("]}").toString());
    }

    @Override
    MockResponse throttled() {
        return json(400, "{\"error\":{\"message\":\"(#80001) There have been too many calls to this Page account. "
                + "Wait a bit and try again.\",\"type\":\"OAuthException\",\"is_transient\":true,\"code\":80001}}")
                .newBuilder().addHeader("X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":\"pages\","
                        + "\"call_count\":100,\"total_cputime\":14,\"total_time\":21,\"estimated_time_to_regain_access\":1}]}")
                .build();
    }

    private static String target(RecordedRequest r) {
        String[] parts = r.getUrl().encodedPath().split("/");
        return parts[parts.length - 2];
    }
}
