package org.switchboard.connect.mastodon;

import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The base address of a Mastodon server as a person types it ({@code social.example},
 * {@code https://social.example/}). Plain {@code http} is accepted only for this computer (tests, a
 * local development server): a bearer token must never cross a network unencrypted.
 */
final class MastodonInstance {
    private MastodonInstance() {}

    static Optional<HttpUrl> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String s = setting.strip();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        HttpUrl url = HttpUrl.parse(s);
        if (url == null || !url.isHttps() && !isLoopback(url.host())) {
            return Optional.empty();
        }
        return Optional.of(url.newBuilder().query(null).fragment(null).build());
    }

    /** The base address, or a typed failure in words naming what is wrong. */
    static HttpUrl require(String setting, String accountName) {
        return parse(setting).orElseThrow(() -> new ConnectorException(Kind.CLIENT_ERROR,
                "The Mastodon account '" + accountName + "' has no usable server address ("
                        + (setting == null || setting.isBlank() ? "none is set" : "'" + setting.strip() + "'")
                        + "); it must be an https address such as https://social.example. Reconnect the account."));
    }

    /** The address of one API path, e.g. {@code api/v1/notifications}. */
    static HttpUrl.Builder path(HttpUrl instance, String path) {
        return instance.newBuilder().addPathSegments(path);
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1") || h.startsWith("127.");
    }
}
