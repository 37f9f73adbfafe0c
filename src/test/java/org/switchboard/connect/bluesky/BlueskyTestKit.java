package org.switchboard.connect.bluesky;

import org.switchboard.testing.MemorySecretStore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * A Bluesky account against a MockWebServer replaying the fixtures: fake clock (sleeping advances
 * it), in-memory keychain holding the app password, and helpers to answer and inspect requests.
 */
final class BlueskyTestKit implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-06-02T08:15:00Z");
    static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    static final String OUR_DID = "did:plc:k7q2x4mvbs5wa3hzyj6ulotr";
    static final ObjectMapper JSON = new ObjectMapper();

    final MockWebServer server = new MockWebServer();
    final MutableClock clock = new MutableClock(NOW);
    final MemorySecretStore secrets = MemorySecretStore.open();
    final Http http;
    final Account account;

    BlueskyTestKit() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http = new Http(Http.newClient("test"), new RateGovernor(clock), clock, clock::advance,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), new Random(1)), Duration.ofSeconds(120), 3);
        account = new Account(7, Platform.BLUESKY, "Stadt Beispielstadt", "beispielstadt.bsky.social", false, false,
                Map.of("service", server.url("/").toString(), "identifier", "beispielstadt.bsky.social",
                        "language", "de"), NOW);
        secrets.put(account.secretKey(), APP_PASSWORD);
    }

    BlueskyConnector connector() {
        return new BlueskyConnector(http, account, secrets);
    }

    /** A connector whose account has these settings in addition (e.g. a backfillDays limit). */
    BlueskyConnector connector(Map<String, String> extra) {
        Map<String, String> settings = new java.util.HashMap<>(account.settings());
        settings.putAll(extra);
        return new BlueskyConnector(http, new Account(account.id(), account.platform(), account.name(),
                account.handle(), false, false, settings, account.createdAt()), secrets);
    }

    String sessionKey() {
        return account.secretKey() + "/session";
    }

    /** Puts the session of createSession_response.json into the keychain, as an earlier run left it. */
    void storeSession() {
        JsonNode s = json(fixture("createSession_response.json"));
        secrets.put(sessionKey(), "{\"did\":\"" + s.path("did").asText() + "\",\"handle\":\"" + s.path("handle").asText()
                + "\",\"accessJwt\":\"" + s.path("accessJwt").asText() + "\",\"refreshJwt\":\""
                + s.path("refreshJwt").asText() + "\"}");
    }

    JsonNode storedSession() {
        return json(secrets.get(sessionKey()).orElseThrow());
    }

    static String fixture(String name) {
        try (InputStream in = BlueskyTestKit.class.getResourceAsStream("/fixtures/bluesky/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String token(String fixture, String field) {
        return json(fixture(fixture)).path(field).asText();
    }

    /** 200 with the fixture as JSON body. */
    static MockResponse ok(String fixture) {
        return answer(200, fixture(fixture));
    }

    static MockResponse answer(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body).build();
    }

    /** Status line and headers from {@code <base>.headers.txt}, body from {@code <base>.json}. */
    static MockResponse replay(String base) {
        String[] lines = fixture(base + ".headers.txt").split("\n");
        MockResponse.Builder b = new MockResponse.Builder().code(Integer.parseInt(lines[0].split(" ")[1]));
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                b.addHeader(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        return b.body(fixture(base + ".json")).build();
    }

    void enqueue(MockResponse... responses) {
        for (MockResponse r : responses) {
            server.enqueue(r);
        }
    }

    RecordedRequest take() {
        try {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(r).as("a request reached the server").isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes the next request and checks it called {@code nsid}. */
    RecordedRequest take(String nsid) {
        RecordedRequest r = take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/xrpc/" + nsid);
        return r;
    }

    static String bearer(RecordedRequest r) {
        String h = r.getHeaders().get("Authorization");
        return h == null ? null : h.replaceFirst("^Bearer ", "");
    }

    static JsonNode body(RecordedRequest r) {
        return json(r.getBody() == null ? "" : r.getBody().utf8());
    }

    @Override
    public void close() {
        server.close();
    }
}
