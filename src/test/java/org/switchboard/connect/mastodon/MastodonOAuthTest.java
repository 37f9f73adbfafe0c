package org.switchboard.connect.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/** The whole sign-in, with the test playing the person's browser against the loopback address. */
class MastodonOAuthTest {
    private static final String APPS = "/api/v1/apps";
    private static final String TOKEN_PATH = "/oauth/token";

    private final MastodonTestBed bed = new MastodonTestBed();
    private final HttpClient browser = HttpClient.newHttpClient();
    /** What the "browser" saw: status and page text of each visit to the loopback address. */
    private final List<String> pages = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        bed.close();
    }

    /** A browser that comes back to the redirect address with the given query parameters, one visit each. */
    private Consumer<URI> browserReturning(List<Map<String, String>> visits) {
        return authorize -> {
            HttpUrl url = HttpUrl.get(authorize);
            for (Map<String, String> visit : visits) {
                HttpUrl.Builder back = HttpUrl.get(url.queryParameter("redirect_uri")).newBuilder();
                visit.forEach((k, v) -> back.addQueryParameter(k, v.equals("<state>") ? url.queryParameter("state") : v));
                try {
                    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(back.build().uri()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    pages.add(page.statusCode() + " " + page.body());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static Map<String, String> form(RecordedRequest r) {
        Map<String, String> form = new HashMap<>();
        for (String pair : r.getBody().utf8().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void signingInRegistersTheAppSendsTheBrowserAndExchangesTheCodeWithPkce() {
        bed.routes.enqueue(APPS, Fixtures.response("apps_create_response"));
        bed.routes.enqueue(TOKEN_PATH, Fixtures.response("oauth_token_response"));
        URI[] opened = new URI[1];
        Consumer<URI> browserGoesBack = browserReturning(List.of(Map.of("code", "qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU", "state", "<state>")));

        MastodonOAuth.Grant grant = new MastodonOAuth(bed.http).connect(bed.instance(), uri -> {
            opened[0] = uri;
            browserGoesBack.accept(uri);
        }, Duration.ofSeconds(20));

        assertThat(grant.accessToken()).isEqualTo("ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0_example");
        assertThat(grant.toString()).doesNotContain(grant.accessToken());
        assertThat(pages).singleElement().asString().startsWith("200 Switchboard is connected");

        Map<String, String> app = form(bed.routes.requests(APPS).getFirst());
        String redirect = app.get("redirect_uris");
        assertThat(redirect).matches("http://127\\.0\\.0\\.1:\\d+/callback");
        assertThat(app).containsEntry("client_name", "Switchboard")
                .containsEntry("scopes", "read:notifications read:statuses write:statuses write:conversations");

        HttpUrl authorize = HttpUrl.get(opened[0]);
        assertThat(authorize.encodedPath()).isEqualTo("/oauth/authorize");
        assertThat(authorize.queryParameter("response_type")).isEqualTo("code");
        assertThat(authorize.queryParameter("client_id")).isEqualTo("TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM_example");
        assertThat(authorize.queryParameter("redirect_uri")).isEqualTo(redirect);
        assertThat(authorize.queryParameter("scope")).isEqualTo(app.get("scopes"));
        assertThat(authorize.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.queryParameter("state")).hasSizeGreaterThanOrEqualTo(20);

        Map<String, String> exchange = form(bed.routes.requests(TOKEN_PATH).getFirst());
        assertThat(exchange).containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "qDFUEaYrRK5c-HNmTCJbAzazwLRInJ7VHFat0wcMgCU")
                .containsEntry("client_id", "TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM_example")
                .containsEntry("client_secret", "ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw_example")
                .containsEntry("redirect_uri", redirect);
        assertThat(exchange.get("code_verifier")).hasSize(43);
        assertThat(MastodonOAuth.challenge(exchange.get("code_verifier"))).isEqualTo(authorize.queryParameter("code_challenge"));
    }

    @Test
    void anAnswerWithAForeignStateIsTurnedAwayAndTheRealOneStillCounts() {
        bed.routes.enqueue(APPS, Fixtures.response("apps_create_response"));
        bed.routes.enqueue(TOKEN_PATH, Fixtures.response("oauth_token_response"));

        MastodonOAuth.Grant grant = new MastodonOAuth(bed.http).connect(bed.instance(), browserReturning(List.of(
                Map.of("code", "stolen", "state", "someone-elses"),
                Map.of("code", "real", "state", "<state>"))), Duration.ofSeconds(20));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).startsWith("400 ");
        assertThat(pages.get(1)).startsWith("200 ");
        assertThat(form(bed.routes.requests(TOKEN_PATH).getFirst())).containsEntry("code", "real");
        assertThat(grant.scope()).isEqualTo("read:notifications read:statuses write:statuses write:conversations");
    }

    @Test
    void aPersonWhoDeclinesGetsAPermissionFailureAndNoTokenIsRequested() {
        bed.routes.enqueue(APPS, Fixtures.response("apps_create_response"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> new MastodonOAuth(bed.http)
                .connect(bed.instance(), browserReturning(List.of(Map.of("error", "access_denied", "error_description",
                        "The resource owner or authorization server denied the request.", "state", "<state>"))),
                        Duration.ofSeconds(20)));

        assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
        assertThat(e.getMessage()).contains("denied");
        assertThat(bed.routes.requests(TOKEN_PATH)).isEmpty();
    }

    @Test
    void aBrowserThatNeverComesBackEndsTheSignInAndFreesTheAddress() {
        bed.routes.enqueue(APPS, Fixtures.response("apps_create_response"));
        URI[] opened = new URI[1];

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> new MastodonOAuth(bed.http)
                .connect(bed.instance(), uri -> opened[0] = uri, Duration.ofMillis(200)));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        URI redirect = URI.create(HttpUrl.get(opened[0]).queryParameter("redirect_uri"));
        assertThat(catchThrowableOfType(IOException.class, () -> browser.send(HttpRequest.newBuilder(redirect).build(),
                HttpResponse.BodyHandlers.ofString()))).isNotNull();
    }

    @Test
    void aRefusedTokenExchangeIsAClientErrorInMastodonsWords() {
        bed.routes.enqueue(APPS, Fixtures.response("apps_create_response"));
        bed.routes.enqueue(TOKEN_PATH, Fixtures.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"The provided authorization grant is invalid, expired, revoked.\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> new MastodonOAuth(bed.http)
                .connect(bed.instance(), browserReturning(List.of(Map.of("code", "old", "state", "<state>"))),
                        Duration.ofSeconds(20)));

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("authorization grant is invalid")
                .doesNotContain("ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw_example");
    }
}
