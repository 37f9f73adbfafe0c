package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.connect.mastodon.MastodonTestBed.NOTIFICATIONS;
import static org.switchboard.connect.mastodon.MastodonTestBed.NOW;
import static org.switchboard.connect.mastodon.MastodonTestBed.TOKEN;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.Account;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;

/** What goes wrong on the way to Mastodon becomes a typed failure, in words, without the token. */
class MastodonConnectorFailureTest {
    private MastodonTestBed bed = new MastodonTestBed();

    @AfterEach
    void stopServer() {
        bed.close();
    }

    private ConnectorException fetchFails() {
        return catchThrowableOfType(ConnectorException.class, () -> bed.connector().fetch("mentions", "4711240"));
    }

    @Test
    void aRateLimitStopsTheAccountUntilTheAnnouncedResetWithoutAskingAgain() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.response("rate_limited"));
        MastodonConnector connector = bed.connector();

        ConnectorException first = catchThrowableOfType(ConnectorException.class,
                () -> connector.fetch("mentions", "4711240"));
        int asked = bed.server.getRequestCount();
        ConnectorException second = catchThrowableOfType(ConnectorException.class,
                () -> connector.fetch("mentions", "4711240"));

        assertThat(first.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(first.retryAt()).isEqualTo(Instant.parse("2025-06-02T07:50:00Z"));
        assertThat(first.httpStatus()).isEqualTo(429);
        assertThat(second.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(second.retryAt()).isEqualTo(Instant.parse("2025-06-02T07:50:00Z"));
        assertThat(bed.server.getRequestCount()).isEqualTo(asked);
    }

    @Test
    void aRateLimitWithoutResetWaitsAMinuteBeforeTheNextRequest() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(429, "{\"error\":\"Too many requests\"}"),
                Fixtures.response("inbound_empty"));
        MastodonConnector connector = bed.connector();

        ConnectorException limited = catchThrowableOfType(ConnectorException.class,
                () -> connector.fetch("mentions", "4711240"));
        FetchedPage after = connector.fetch("mentions", "4711240");

        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.retryAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(bed.sleeps).containsExactly(Duration.ofSeconds(60)); // within the 120 s Http may wait
        assertThat(after.items()).isEmpty();
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(2);
    }

    @Test
    void aRevokedTokenAsksForReconnectingWithoutShowingTheToken() {
        bed.routes.always(NOTIFICATIONS, Fixtures.response("auth_expired"));
        bed.routes.always(MastodonTestBed.VERIFY, Fixtures.response("auth_expired"));

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(e.getMessage()).contains("The access token is invalid", "Reconnect").doesNotContain(TOKEN);
        assertThat(bed.server.getRequestCount()).isEqualTo(1); // a 401 is not retried
    }

    @Test
    void aMissingTokenAsksForReconnectingWithoutAnyRequest() {
        bed.secrets.delete(bed.account.secretKey());

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(e.getMessage()).contains("Stadt Beispielstadt", "Reconnect");
        assertThat(bed.server.getRequestCount()).isZero();
    }

    @Test
    void aServerErrorOnAReadIsRetriedAfterABackoff() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(500, "{\"error\":\"We're sorry, but something went wrong\"}"),
                Fixtures.response("inbound_newer"));

        FetchedPage page = bed.connector().fetch("mentions", "4711240");

        assertThat(page.items()).hasSize(2);
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(2);
        assertThat(bed.sleeps).singleElement().satisfies(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(5)));
    }

    @Test
    void aServerThatKeepsFailingIsAServerErrorAfterThreeAttempts() {
        bed.routes.always(NOTIFICATIONS, Fixtures.json(503, "{\"error\":\"Remote data could not be fetched\"}"));

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("503", "Remote data could not be fetched");
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(3);
    }

    @Test
    void aConnectionResetInTheMiddleOfTheBodyIsRetried() {
        bed.routes.enqueue(NOTIFICATIONS, cutOff(), Fixtures.response("inbound_newer"));

        FetchedPage page = bed.connector().fetch("mentions", "4711240");

        assertThat(page.items()).hasSize(2);
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(2);
    }

    @Test
    void aConnectionThatKeepsBreakingIsANetworkFailure() {
        bed.routes.enqueue(NOTIFICATIONS, cutOff(), cutOff(), cutOff());

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.transientFailure()).isTrue();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsANetworkFailure() {
        bed.close();
        bed = new MastodonTestBed(Http.newClient("test").newBuilder().readTimeout(Duration.ofMillis(150)).build());
        MockResponse slow = new MockResponse.Builder().code(200).body("[]").headersDelay(2, TimeUnit.SECONDS).build();
        bed.routes.always(NOTIFICATIONS, slow);

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).contains("did not answer in time");
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(3);
    }

    @Test
    void anAnswerThatIsNotJsonIsMalformedAndNotRetried() {
        bed.routes.enqueue(NOTIFICATIONS, Fixtures.json(200, "<html><body>Wartungsarbeiten</body></html>"));

        ConnectorException e = fetchFails();

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(bed.routes.requests(NOTIFICATIONS)).hasSize(1);
    }

    @Test
    void anAccountWithoutUsableServerAddressFailsInWordsWithoutAnyRequest() {
        for (String instance : new String[] {"", "http://social.example", "ht!tp://"}) {
            Account account = new Account(8, bed.account.platform(), "Ohne Server", null, false, false,
                    Map.of("instance", instance), NOW);
            bed.secrets.put(account.secretKey(), TOKEN);

            ConnectorException e = catchThrowableOfType(ConnectorException.class,
                    () -> new MastodonConnector(bed.http, account, bed.secrets).fetch("mentions", null));

            assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
            assertThat(e.getMessage()).contains("Ohne Server", "https");
        }
        assertThat(bed.server.getRequestCount()).isZero();
    }

    /** A 200 whose body stops halfway: the socket closes while the body is being sent. */
    private static MockResponse cutOff() {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Fixtures.text("inbound_newer.json"))
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
                .build();
    }
}
