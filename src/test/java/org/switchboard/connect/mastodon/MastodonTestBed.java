package org.switchboard.connect.mastodon;

import org.switchboard.testing.MemorySecretStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.switchboard.connect.http.Backoff;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.http.RateGovernor;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;

/**
 * A fake Mastodon server on this computer and a connector pointed at it, with a fixed clock and a
 * sleeper that only moves the clock (and remembers how long it "slept").
 */
final class MastodonTestBed implements AutoCloseable {
    static final Instant NOW = Instant.parse("2025-06-02T07:42:00Z");
    static final String TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0_example";
    static final String NOTIFICATIONS = "/api/v1/notifications";
    static final String CONVERSATIONS = "/api/v1/conversations";
    static final String VERIFY = "/api/v1/accounts/verify_credentials";
    static final String STATUSES = "/api/v1/statuses";

    final MockWebServer server = new MockWebServer();
    final Routes routes = new Routes();
    final TestClock clock = new TestClock(NOW);
    final List<Duration> sleeps = new ArrayList<>();
    final MemorySecretStore secrets = MemorySecretStore.open();
    final Http http;
    final Account account;

    MastodonTestBed() {
        this(Http.newClient("test"));
    }

    MastodonTestBed(OkHttpClient client) {
        server.setDispatcher(routes);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http = new Http(client, new RateGovernor(clock), clock, d -> {
            sleeps.add(d);
            clock.advance(d);
        }, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), new Random(1)), Duration.ofSeconds(120), 3);
        account = new Account(7, Platform.MASTODON, "Stadt Beispielstadt", "stadt", false, false,
                Map.of("instance", instance()), NOW.minusSeconds(86_400));
        secrets.put(account.secretKey(), TOKEN);
        routes.always(VERIFY, Fixtures.response("verify_credentials"));
    }

    String instance() {
        return server.url("/").toString();
    }

    MastodonConnector connector() {
        return new MastodonConnector(http, account, secrets);
    }

    @Override
    public void close() {
        server.close();
    }
}
