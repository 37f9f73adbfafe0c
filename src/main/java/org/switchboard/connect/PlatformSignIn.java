package org.switchboard.connect;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.mastodon.MastodonOAuth;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.BrowserSignIn;
import org.switchboard.domain.sync.ConnectorException;

/** Browser sign-in where a platform offers it to desktop apps (Mastodon: OAuth, PKCE, loopback redirect). */
public final class PlatformSignIn implements BrowserSignIn {
    /** How long the person has to answer in the browser. */
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Http http;

    public PlatformSignIn(Http http) {
        this.http = http;
    }

    @Override
    public boolean supports(Platform platform) {
        return platform == Platform.MASTODON;
    }

    @Override
    public String signIn(Platform platform, Map<String, String> settings, Consumer<URI> openBrowser) {
        if (platform != Platform.MASTODON) {
            throw new ConnectorException(ConnectorException.Kind.CLIENT_ERROR,
                    platform.displayName() + " has no browser sign-in here; paste a token instead.");
        }
        return new MastodonOAuth(http).connect(settings.get("instance"), openBrowser, TIMEOUT).accessToken();
    }
}
