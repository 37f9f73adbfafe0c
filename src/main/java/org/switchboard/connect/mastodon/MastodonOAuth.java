package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.mastodon.MastodonDto.CredentialApplication;
import org.switchboard.connect.mastodon.MastodonDto.Token;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Connecting a Mastodon account from the window (PLATFORM-APIS.md §1 "Auth"): registers Switchboard as
 * an app on the person's server for a loopback address on this computer, sends the browser to the
 * server's approval page (authorization code with PKCE S256 and a random {@code state}), waits for the
 * browser to come back, and exchanges the code for an access token. Mastodon tokens do not expire;
 * they stay valid until revoked. The app is registered anew for each connection because the loopback
 * port changes and Mastodon matches the redirect address exactly.
 *
 * <p>Opening the browser is the caller's job ({@code openBrowser}). Blocks until the browser comes
 * back or {@code timeout} passes: background threads only; interrupting the thread cancels.
 */
public final class MastodonOAuth {
    static final String SCOPES = "read:notifications read:statuses write:statuses write:conversations";
    static final String CLIENT_NAME = "Switchboard";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;

    /** What the sign-in produced. The token goes to the keychain; it never appears in {@link #toString()}. */
    public record Grant(String accessToken, String scope) {
        @Override
        public String toString() {
            return "Grant[accessToken=…, scope=" + scope + "]";
        }
    }

    public MastodonOAuth(Http http) {
        this.http = http;
    }

    /**
     * Runs the whole sign-in against {@code instance} (e.g. {@code https://social.example}).
     *
     * @throws ConnectorException CLIENT_ERROR when the server refuses, PERMISSION when the person
     *         declined, NETWORK when the browser did not come back in time or the thread was interrupted
     */
    public Grant connect(String instance, Consumer<URI> openBrowser, Duration timeout) {
        HttpUrl server = MastodonInstance.parse(instance).orElseThrow(() -> new ConnectorException(Kind.CLIENT_ERROR,
                "'" + (instance == null ? "" : instance.strip()) + "' is not a usable Mastodon server address; it "
                        + "must be an https address such as https://social.example."));
        String state = randomToken(16);
        String verifier = randomToken(32);
        try (LoopbackCallback callback = startCallback(state)) {
            String redirect = callback.redirectUri().toString();
            CredentialApplication app = register(server, redirect);
            openBrowser.accept(authorizationUri(server, app.clientId(), redirect, state, challenge(verifier)));
            LoopbackCallback.Answer answer = await(callback, timeout);
            if (answer.code() == null) {
                throw new ConnectorException(Kind.PERMISSION, "Mastodon did not connect Switchboard ("
                        + (answer.errorDescription() != null ? answer.errorDescription() : answer.error())
                        + "). Connect the account again and approve access.");
            }
            return exchange(server, app, redirect, answer.code(), verifier);
        }
    }

    /** The approval page the browser opens. */
    static URI authorizationUri(HttpUrl server, String clientId, String redirect, String state, String challenge) {
        return MastodonInstance.path(server, "oauth/authorize")
                .addQueryParameter("response_type", "code")
                .addQueryParameter("client_id", clientId)
                .addQueryParameter("redirect_uri", redirect)
                .addQueryParameter("scope", SCOPES)
                .addQueryParameter("state", state)
                .addQueryParameter("code_challenge", challenge)
                .addQueryParameter("code_challenge_method", "S256")
                .build().uri();
    }

    /** PKCE S256: base64url(SHA-256(verifier)) without padding (RFC 7636 §4.2). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private CredentialApplication register(HttpUrl server, String redirect) {
        FormBody form = new FormBody.Builder()
                .add("client_name", CLIENT_NAME)
                .add("redirect_uris", redirect)
                .add("scopes", SCOPES)
                .build();
        JsonNode body = post(server, "api/v1/apps", form);
        CredentialApplication app = read(body, CredentialApplication.class, "app registration");
        if (blank(app.clientId()) || blank(app.clientSecret())) {
            throw new ConnectorException(Kind.MALFORMED, "Mastodon registered Switchboard but sent no client id "
                    + "or secret.");
        }
        return app;
    }

    private Grant exchange(HttpUrl server, CredentialApplication app, String redirect, String code, String verifier) {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "authorization_code")
                .add("code", code)
                .add("client_id", app.clientId())
                .add("client_secret", app.clientSecret())
                .add("redirect_uri", redirect)
                .add("code_verifier", verifier)
                .build();
        Token token = read(post(server, "oauth/token", form), Token.class, "token");
        if (blank(token.accessToken())) {
            throw new ConnectorException(Kind.MALFORMED, "Mastodon approved the sign-in but sent no access token.");
        }
        return new Grant(token.accessToken(), token.scope());
    }

    private JsonNode post(HttpUrl server, String path, FormBody form) {
        Request request = new Request.Builder().url(MastodonInstance.path(server, path).build())
                .header("Accept", "application/json").post(form).build();
        return http.send("mastodon:sign-in:" + server.host(), request, MastodonRules.SIGN_IN).body();
    }

    private <T> T read(JsonNode body, Class<T> type, String what) {
        try {
            T value = http.json().treeToValue(body, type);
            if (value == null) {
                throw new ConnectorException(Kind.MALFORMED, "Mastodon sent an empty " + what + " answer.");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ConnectorException(Kind.MALFORMED, "Mastodon sent a " + what + " answer Switchboard cannot "
                    + "read.", null, 200, null);
        }
    }

    private static LoopbackCallback startCallback(String state) {
        try {
            return LoopbackCallback.start(state);
        } catch (IOException e) {
            throw new ConnectorException(Kind.NETWORK, "Switchboard could not open a local address for the "
                    + "browser to come back to (" + e.getMessage() + ").", null, 0, e);
        }
    }

    private static LoopbackCallback.Answer await(LoopbackCallback callback, Duration timeout) {
        try {
            return callback.await(timeout);
        } catch (TimeoutException e) {
            throw new ConnectorException(Kind.NETWORK, "The browser did not come back from Mastodon within "
                    + (timeout.toMinutes() > 0 ? timeout.toMinutes() + " minutes" : timeout.toSeconds() + " seconds")
                    + ". Connect the account again.", null, 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.NETWORK, "Connecting to Mastodon was cancelled.", null, 0, e);
        }
    }

    /** {@code bytes} random bytes as base64url without padding (PKCE verifier: 32 bytes → 43 characters). */
    private static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
