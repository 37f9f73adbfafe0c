package org.switchboard.connect.facebook;

import org.switchboard.testing.MemorySecretStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.switchboard.connect.http.Backoff;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.http.RateGovernor;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;

/**
 * A Graph API in a box: a MockWebServer replaying the fixtures, a clock that only moves when the code
 * waits, and the page "Stadt Beispielstadt" connected with a known token.
 */
final class GraphTestKit implements AutoCloseable {
    static final String PAGE_ID = "104512345678901";
    static final String TOKEN = "EAABtestPageToken9Zq81xVw";
    static final long ACCOUNT_ID = 7;
    /** Monday 2025-06-02, a few minutes after the fixtures' newest items. */
    static final Instant NOW = Instant.parse("2025-06-02T08:15:00Z");
    static final String POST_BAUSTELLE = "104512345678901_122145678901234567";
    static final String POST_SOMMERFEST = "104512345678901_122145111122223333";

    final MockWebServer server = new MockWebServer();
    final MutableClock clock = new MutableClock(NOW);
    final List<Duration> sleeps = new ArrayList<>();
    final MemorySecretStore secrets = MemorySecretStore.open();
    final Http http;

    GraphTestKit() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http = new Http(Http.newClient("test"), new RateGovernor(clock), clock, d -> {
            sleeps.add(d);
            clock.advance(d);
        }, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), new Random(1)), Duration.ofSeconds(120), 3);
    }

    Account account(Map<String, String> extraSettings) {
        Map<String, String> settings = new HashMap<>(Map.of("pageId", PAGE_ID,
                "graphUrl", server.url("/").toString()));
        settings.putAll(extraSettings);
        return new Account(ACCOUNT_ID, Platform.FACEBOOK, "Stadt Beispielstadt", null, false, false, settings,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** The connector of the page, with its token in the secret store. */
    FacebookConnector connector() {
        Account account = account(Map.of());
        secrets.put(account.secretKey(), TOKEN);
        return new FacebookConnector(http, account, secrets);
    }

    /** Replays a fixture: status and headers from its {@code .headers.txt} when there is one, else 200. */
    void reply(String fixture) {
        MockResponse.Builder response = new MockResponse.Builder().body(fixture(fixture));
        String headersName = fixture.replace(".json", ".headers.txt");
        if (exists(headersName)) {
            List<String> lines = fixture(headersName).lines().filter(l -> !l.isBlank()).toList();
            response.code(Integer.parseInt(lines.getFirst().split(" ")[1]));
            lines.stream().skip(1).forEach(line -> {
                int colon = line.indexOf(':');
                response.addHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            });
        } else {
            response.addHeader("Content-Type", "application/json; charset=UTF-8");
        }
        server.enqueue(response.build());
    }

    void reply(int code, String body, String... headerPairs) {
        MockResponse.Builder response = new MockResponse.Builder().code(code).body(body)
                .addHeader("Content-Type", "application/json; charset=UTF-8");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            response.addHeader(headerPairs[i], headerPairs[i + 1]);
        }
        server.enqueue(response.build());
    }

    /** A Graph error body as Meta writes it. */
    static String graphError(int code, int subcode, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + (subcode > 0 ? ",\"error_subcode\":" + subcode : "") + ",\"fbtrace_id\":\"AbCdEfTrace1\"}}";
    }

    /** Every request the server received since the last call, oldest first. */
    List<RecordedRequest> requests() {
        List<RecordedRequest> out = new ArrayList<>();
        try {
            RecordedRequest r;
            while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
                out.add(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    static String fixture(String name) {
        try (InputStream in = GraphTestKit.class.getResourceAsStream("/fixtures/facebook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(String name) {
        return GraphTestKit.class.getResource("/fixtures/facebook/" + name) != null;
    }

    @Override
    public void close() {
        server.close();
    }

    /** A clock that moves only when told to (or when the code under test waits). */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
