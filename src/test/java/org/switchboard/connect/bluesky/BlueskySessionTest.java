package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.connect.bluesky.BlueskyTestKit.APP_PASSWORD;
import static org.switchboard.connect.bluesky.BlueskyTestKit.NOW;
import static org.switchboard.connect.bluesky.BlueskyTestKit.answer;
import static org.switchboard.connect.bluesky.BlueskyTestKit.bearer;
import static org.switchboard.connect.bluesky.BlueskyTestKit.body;
import static org.switchboard.connect.bluesky.BlueskyTestKit.fixture;
import static org.switchboard.connect.bluesky.BlueskyTestKit.ok;
import static org.switchboard.connect.bluesky.BlueskyTestKit.replay;
import static org.switchboard.connect.bluesky.BlueskyTestKit.token;

import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

class BlueskySessionTest {
    private final BlueskyTestKit kit = new BlueskyTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void logsInOnceStoresTheSessionInTheKeychainAndReusesIt() {
        kit.enqueue(ok("createSession_response.json"), ok("inbound_empty.json"), ok("inbound_empty.json"),
                ok("inbound_empty.json"));
        BlueskyConnector connector = kit.connector();

        connector.fetch("notifications", null);
        connector.fetch("notifications", null);

        RecordedRequest login = kit.take("com.atproto.server.createSession");
        assertThat(login.getMethod()).isEqualTo("POST");
        assertThat(body(login).path("identifier").asText()).isEqualTo("beispielstadt.bsky.social");
        assertThat(body(login).path("password").asText()).isEqualTo(APP_PASSWORD);
        String access = token("createSession_response.json", "accessJwt");
        assertThat(bearer(kit.take("app.bsky.notification.listNotifications"))).isEqualTo(access);
        assertThat(bearer(kit.take("app.bsky.notification.listNotifications"))).isEqualTo(access);
        assertThat(kit.storedSession().path("accessJwt").asText()).isEqualTo(access);
        assertThat(kit.storedSession().path("did").asText()).isEqualTo(BlueskyTestKit.OUR_DID);

        // a new connector (the next start of the application) takes the session from the keychain
        kit.connector().fetch("notifications", null);
        assertThat(bearer(kit.take("app.bsky.notification.listNotifications"))).isEqualTo(access);
        assertThat(kit.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedStoredAndTheRequestRetriedOnce() {
        kit.storeSession();
        kit.enqueue(replay("auth_expired"), ok("refreshSession_response.json"), ok("inbound_empty.json"));

        kit.connector().fetch("notifications", null);

        assertThat(bearer(kit.take("app.bsky.notification.listNotifications")))
                .isEqualTo(token("createSession_response.json", "accessJwt"));
        RecordedRequest refresh = kit.take("com.atproto.server.refreshSession");
        assertThat(refresh.getMethod()).isEqualTo("POST");
        assertThat(bearer(refresh)).as("refreshSession takes the refresh token")
                .isEqualTo(token("createSession_response.json", "refreshJwt"));
        String renewed = token("refreshSession_response.json", "accessJwt");
        assertThat(bearer(kit.take("app.bsky.notification.listNotifications"))).isEqualTo(renewed);
        assertThat(kit.storedSession().path("accessJwt").asText()).isEqualTo(renewed);
        assertThat(kit.storedSession().path("refreshJwt").asText())
                .isEqualTo(token("refreshSession_response.json", "refreshJwt"));
    }

    @Test
    void anInvalidTokenAnsweredWith401IsRefreshedToo() {
        kit.storeSession();
        kit.enqueue(answer(401, "{\"error\":\"InvalidToken\",\"message\":\"Token could not be verified\"}"),
                ok("refreshSession_response.json"), ok("inbound_empty.json"));

        kit.connector().fetch("notifications", null);

        kit.take("app.bsky.notification.listNotifications");
        kit.take("com.atproto.server.refreshSession");
        assertThat(bearer(kit.take("app.bsky.notification.listNotifications")))
                .isEqualTo(token("refreshSession_response.json", "accessJwt"));
    }

    @Test
    void whenTheRefreshIsRefusedTooItLogsInAgainWithTheAppPassword() {
        kit.storeSession();
        kit.enqueue(replay("auth_expired"), replay("auth_expired"), ok("createSession_response.json"),
                ok("inbound_empty.json"));

        kit.connector().fetch("notifications", null);

        kit.take("app.bsky.notification.listNotifications");
        kit.take("com.atproto.server.refreshSession");
        assertThat(body(kit.take("com.atproto.server.createSession")).path("password").asText()).isEqualTo(APP_PASSWORD);
        kit.take("app.bsky.notification.listNotifications");
        assertThat(kit.server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aWrongAppPasswordAsksToReconnectWithoutRepeatingThePasswordOrTokens() {
        kit.storeSession();
        kit.enqueue(replay("auth_expired"), replay("auth_expired"), answer(401, fixture("createSession_bad_password.json")));

        assertThatThrownBy(() -> kit.connector().fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED);
                    assertThat(e.getMessage()).contains("app password", "reconnect")
                            .doesNotContain(APP_PASSWORD).doesNotContain("eyJ");
                });
        assertThat(kit.secrets.get(kit.sessionKey())).as("the refused session is forgotten").isEmpty();
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRenewedSessionThatIsRefusedAgainEndsInReconnectAndIsNotKept() {
        kit.storeSession();
        kit.enqueue(replay("auth_expired"), ok("refreshSession_response.json"), replay("auth_expired"));

        assertThatThrownBy(() -> kit.connector().fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
        assertThat(kit.server.getRequestCount()).as("one retry, no loop").isEqualTo(3);
        assertThat(kit.secrets.get(kit.sessionKey())).isEmpty();
    }

    @Test
    void withoutAStoredAppPasswordNothingIsSentAndTheAccountNeedsReconnecting() {
        kit.secrets.delete(kit.account.secretKey());

        assertThatThrownBy(() -> kit.connector().fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void theLoginHasItsOwnBudgetAndARateLimitStopsFurtherLoginsUntilRetryAfter() {
        kit.enqueue(replay("rate_limited"));
        BlueskyConnector connector = kit.connector();

        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAt()).isEqualTo(NOW.plusSeconds(212)); // Retry-After: 212
                });
        assertThatThrownBy(() -> connector.fetch("chat", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAt()).isEqualTo(NOW.plusSeconds(212));
                });
        assertThat(kit.server.getRequestCount()).as("nothing sent inside the window").isEqualTo(1);

        kit.clock.advance(Duration.ofSeconds(213));
        kit.enqueue(ok("createSession_response.json"), ok("inbound_empty.json"));
        connector.fetch("notifications", null);
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void verifyLogsInWithTheStoredAppPasswordAndReturnsTheHandle() {
        kit.enqueue(ok("createSession_response.json"));

        assertThat(kit.connector().verify()).isEqualTo("beispielstadt.bsky.social");

        kit.take("com.atproto.server.createSession");
        assertThat(kit.storedSession().path("handle").asText()).isEqualTo("beispielstadt.bsky.social");
    }

    @Test
    void verifyWithoutAnAppPasswordChecksTheStoredSession() {
        kit.secrets.delete(kit.account.secretKey());
        kit.storeSession();
        kit.enqueue(ok("getSession_response.json"));

        assertThat(kit.connector().verify()).isEqualTo("beispielstadt.bsky.social");

        assertThat(bearer(kit.take("com.atproto.server.getSession")))
                .isEqualTo(token("createSession_response.json", "accessJwt"));
    }

    @Test
    void theSessionNeverShowsItsTokensWhenPrinted() {
        Session s = new Session("did:plc:x", "x.bsky.social", "eyJaccess.secret", "eyJrefresh.secret");
        assertThat(s.toString()).doesNotContain("eyJ").doesNotContain("secret");
    }

    @Test
    void plainHttpIsRefusedForRemoteServicesBecauseTokensTravelWithEveryCall() {
        var account = new org.switchboard.domain.Account(8, org.switchboard.domain.Platform.BLUESKY, "Remote",
                "x.bsky.social", false, false, java.util.Map.of("service", "http://bsky.example"), NOW);
        kit.secrets.put(account.secretKey(), APP_PASSWORD);

        assertThatThrownBy(() -> new BlueskyConnector(kit.http, account, kit.secrets).verify())
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
                    assertThat(e.getMessage()).contains("https");
                });
    }
}
