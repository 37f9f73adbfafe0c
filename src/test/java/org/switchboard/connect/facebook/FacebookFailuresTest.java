package org.switchboard.connect.facebook;

import org.switchboard.testing.MemorySecretStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.connect.facebook.GraphTestKit.NOW;
import static org.switchboard.connect.facebook.GraphTestKit.TOKEN;
import static org.switchboard.connect.facebook.GraphTestKit.graphError;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/** Meta's budgets and failures: typed, in words, never with the token, never a request inside a block. */
class FacebookFailuresTest {
    private final GraphTestKit kit = new GraphTestKit();
    private final FacebookConnector connector = kit.connector();

    @AfterEach
    void stop() {
        kit.close();
    }

    private ConnectorException failureOf(Runnable call) {
        return catchThrowableOfType(ConnectorException.class, call::run);
    }

    @Test
    void appUsageAt95PercentSlowsEveryFamilyOfThePageDown() {
        kit.reply(200, "{\"data\":[]}", "X-App-Usage", "{\"call_count\":95,\"total_cputime\":20,\"total_time\":31}");
        connector.fetch("feed", null);

        assertThat(kit.http.governor().delayBefore("facebook:7:feed")).isPositive();
        assertThat(kit.http.governor().delayBefore("facebook:7:messages")).isPositive();

        kit.reply(200, "{\"data\":[]}");
        connector.fetch("messenger", null);
        assertThat(kit.sleeps).singleElement().satisfies(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(10)));
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 17, 32, 613, 80001})
    void aThrottlingCodeInA400StopsEveryRequestOfThePageUntilTheWindowEnds(int code) {
        kit.reply(400, graphError(code, 0, "(#" + code + ") Application request limit reached"));
        kit.reply("page_feed_page1.json");

        ConnectorException first = failureOf(() -> connector.fetch("feed", null));
        ConnectorException again = failureOf(() -> connector.fetch("feed", null));
        ConnectorException messenger = failureOf(() -> connector.fetch("messenger", null));

        assertThat(first.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(first.retryAt()).isEqualTo(NOW.plus(GraphRules.DEFAULT_THROTTLE));
        assertThat(first.getMessage()).contains("throttling", "code " + code);
        assertThat(again.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(messenger.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(kit.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theRegainEstimateOfTheBusinessUseCaseHeaderSetsTheRetryTime() {
        kit.reply("rate_limited.json");

        ConnectorException e = failureOf(() -> connector.fetch("feed", null));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
        assertThat(e.getMessage()).contains("too many calls to this Page account");
        assertThat(kit.http.governor().blockedUntil("facebook:7:comments")).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
    }

    @Test
    void anExpiredTokenAsksToReconnectThePage() {
        kit.reply("auth_expired.json");

        ConnectorException e = failureOf(() -> connector.fetch("feed", null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(e.getMessage()).contains("Session has expired", "Reconnect the page").doesNotContain(TOKEN);
    }

    @Test
    void aReconnectedPageIsUsedWithoutARestart() {
        kit.reply("auth_expired.json");
        kit.reply("page.json");
        failureOf(() -> connector.fetch("feed", null));
        kit.secrets.put(kit.account(Map.of()).secretKey(), "EAABnewTokenAfterReconnect");

        assertThat(connector.verify()).isEqualTo("Stadt Beispielstadt");

        assertThat(kit.requests()).extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer " + TOKEN, "Bearer EAABnewTokenAfterReconnect");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 200, 299})
    void aMissingPermissionIsSaidAsSuch(int code) {
        kit.reply(403, graphError(code, 0, "(#" + code + ") Requires pages_read_engagement permission"));

        ConnectorException e = failureOf(connector::verify);

        assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
        assertThat(e.getMessage()).contains("pages_read_engagement", "Reconnect the page");
    }

    @Test
    void aRefusedRequestCarriesMetasOwnWords() {
        kit.reply(400, graphError(100, 33, "Unsupported get request. Object with ID '42' does not exist"));

        ConnectorException e = failureOf(connector::verify);

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("code 100: Unsupported get request", "trace id AbCdEfTrace1");
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @Test
    void serverErrorsAreRetriedForReads() {
        kit.reply(500, graphError(1, 0, "An unknown error occurred"));
        kit.reply(503, "");
        kit.reply("page.json");

        assertThat(connector.verify()).isEqualTo("Stadt Beispielstadt");
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aServerErrorThatPersistsIsAServerError() {
        for (int i = 0; i < 3; i++) {
            kit.reply(400, graphError(2, 0, "Service temporarily unavailable"));
        }

        ConnectorException e = failureOf(connector::verify);

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.transientFailure()).isTrue();
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void unreadableJsonIsMalformed() {
        kit.reply(200, "{\"data\": [ {\"id\": ");

        assertThat(failureOf(() -> connector.fetch("feed", null)).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void anAnswerWithoutItsDataListIsMalformed() {
        kit.reply(200, "{\"paging\":{\"cursors\":{}}}");

        ConnectorException e = failureOf(() -> connector.fetch("messenger", null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).contains("\"data\"");
    }

    @Test
    void anItemOfTheWrongShapeOrTimeIsMalformed() {
        kit.reply(200, "{\"data\":[{\"id\":\"1\",\"created_time\":\"yesterday\",\"updated_time\":\"yesterday\"}]}");
        assertThat(failureOf(() -> connector.fetch("feed", null))).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
            assertThat(e.getMessage()).contains("yesterday", "2025-06-02T07:41:12+0000");
        });

        kit.reply(200, "{\"data\":[{\"id\":\"1\",\"from\":[1,2],\"created_time\":\"2025-06-02T07:41:12+0000\"}]}");
        assertThat(failureOf(() -> connector.fetch("feed", null)).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void theTokenNeverAppearsInAnAddressOrAMessage() {
        kit.reply(400, graphError(190, 467, "Invalid OAuth access token - Cannot parse access token " + TOKEN
                + " (access_token=" + TOKEN + ")"));

        ConnectorException e = failureOf(() -> connector.fetch("feed", null));

        assertThat(e.getMessage()).doesNotContain(TOKEN).contains("[token]");
        assertThat(kit.requests()).singleElement().satisfies(r -> {
            assertThat(r.getUrl().queryParameter("access_token")).isNull();
            assertThat(r.getUrl().toString()).doesNotContain(TOKEN);
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void noStoredTokenMeansReconnectAndNoRequest() {
        FacebookConnector withoutToken = new FacebookConnector(kit.http, kit.account(Map.of()), MemorySecretStore.open());

        ConnectorException e = failureOf(withoutToken::verify);

        assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(e.getMessage()).contains("No access token", "the test's memory", "Reconnect the page");
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void unusableSettingsAreRefusedInWords() {
        assertThatThrownBy(() -> new FacebookConnector(kit.http, kit.account(Map.of("pageId", "")), kit.secrets))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("has no page id");
        assertThatThrownBy(() -> new FacebookConnector(kit.http, kit.account(Map.of("pageId", "stadt.beispiel")),
                kit.secrets)).hasMessageContaining("numeric page id");
        assertThatThrownBy(() -> new FacebookConnector(kit.http, kit.account(Map.of("graphVersion", "25")),
                kit.secrets)).hasMessageContaining("like v25.0");
        assertThatThrownBy(() -> new FacebookConnector(kit.http, kit.account(Map.of("lookbackDays", "many")),
                kit.secrets)).hasMessageContaining("lookbackDays");
        assertThatThrownBy(() -> kit.connector().fetch("stories", null)).hasMessageContaining("feed and messenger");
    }

    @Test
    void theGraphVersionAndBaseAreSettings() {
        FacebookConnector older = new FacebookConnector(kit.http, kit.account(Map.of("graphVersion", "v23.0")),
                kit.secrets);
        kit.secrets.put(kit.account(Map.of()).secretKey(), TOKEN);
        kit.reply("page.json");

        older.verify();

        assertThat(kit.requests()).singleElement().satisfies(r -> {
            assertThat(r.getUrl().encodedPath()).isEqualTo("/v23.0/" + GraphTestKit.PAGE_ID);
            assertThat(r.getUrl().queryParameter("fields")).isEqualTo("id,name");
        });
    }
}
