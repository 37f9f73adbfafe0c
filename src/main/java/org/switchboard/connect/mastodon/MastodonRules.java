package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import okhttp3.Headers;
import org.switchboard.connect.http.HttpFailures;
import org.switchboard.connect.http.PlatformRules;
import org.switchboard.connect.http.RateSignals;
import org.switchboard.connect.http.RateState;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * How Mastodon signals budgets and errors (PLATFORM-APIS.md §1 "Rate limits and errors"): the
 * {@code X-RateLimit-*} headers, the status code first, the body's {@code error} text as the detail.
 * A 401 means the token was revoked: Mastodon tokens never expire and cannot be refreshed, so the
 * account needs reconnecting. During sign-in (the OAuth endpoints) every refusal is a client error in
 * the words of {@code error_description}, because there is no stored token to blame yet.
 */
final class MastodonRules implements PlatformRules {
    static final String NAME = "Mastodon";
    static final MastodonRules API = new MastodonRules(false);
    static final MastodonRules SIGN_IN = new MastodonRules(true);

    private final boolean signIn;

    private MastodonRules(boolean signIn) {
        this.signIn = signIn;
    }

    @Override
    public String platformName() {
        return NAME;
    }

    @Override
    public RateState rateState(Headers headers, Instant now) {
        return RateSignals.mastodon(headers, now);
    }

    @Override
    public ConnectorException failure(int status, JsonNode body, Headers headers, Instant now) {
        if (status < 400) {
            return null;
        }
        if (signIn && status < 500 && status != 429) {
            String detail = HttpFailures.detail(body, "error_description", "error");
            return new ConnectorException(Kind.CLIENT_ERROR, NAME + " refused the sign-in (HTTP " + status + ")"
                    + (detail == null ? "" : ": " + clip(detail)) + ".", null, status, null);
        }
        return HttpFailures.byStatus(NAME, status, HttpFailures.detail(body, "error"), rateState(headers, now), now);
    }

    private static String clip(String s) {
        String one = s.strip();
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }
}
