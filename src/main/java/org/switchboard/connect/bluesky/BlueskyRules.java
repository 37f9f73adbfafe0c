package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import okhttp3.Headers;
import org.switchboard.connect.http.HttpFailures;
import org.switchboard.connect.http.PlatformRules;
import org.switchboard.connect.http.RateSignals;
import org.switchboard.connect.http.RateState;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * How Bluesky signals budgets and errors: {@code RateLimit-*} headers with an epoch reset plus
 * {@code Retry-After} on 429, and an error body {@code {"error","message"}}. The status alone is not
 * enough: an expired access token is HTTP 400 {@code ExpiredToken}, and an app password without DM
 * access gets HTTP 400 {@code InvalidToken} "Bad token scope" — which no refresh can cure.
 */
final class BlueskyRules implements PlatformRules {
    static final BlueskyRules INSTANCE = new BlueskyRules();
    static final String NAME = "Bluesky";
    private static final Set<String> ACCOUNT_BLOCKED = Set.of("AccountTakedown", "AccountDeactivated",
            "AccountSuspended");

    private BlueskyRules() {}

    @Override
    public String platformName() {
        return NAME;
    }

    @Override
    public RateState rateState(Headers headers, Instant now) {
        return RateSignals.bluesky(headers, now);
    }

    @Override
    public ConnectorException failure(int status, JsonNode body, Headers headers, Instant now) {
        if (status < 400) {
            return null;
        }
        String error = SafeText.clip(HttpFailures.detail(body, "error"));
        String message = SafeText.clip(HttpFailures.detail(body, "message"));
        String said = said(status, error, message);
        if (status == 429 || "RateLimitExceeded".equals(error)) {
            ConnectorException limited = HttpFailures.byStatus(NAME, 429, message, rateState(headers, now), now);
            return new XrpcException(Kind.RATE_LIMITED, limited.getMessage(), limited.retryAt(), status, error);
        }
        if (scopeRefused(error, message)) {
            return new XrpcException(Kind.PERMISSION, "Bluesky refused the request because this app password "
                    + "lacks the permission for it " + said + ".", null, status, error);
        }
        if ("ExpiredToken".equals(error) || "InvalidToken".equals(error) || "AuthenticationRequired".equals(error)
                || "AuthMissing".equals(error) || status == 401) {
            return new XrpcException(Kind.AUTH_EXPIRED, "Bluesky no longer accepts the session " + said
                    + ". Reconnect the account.", null, status, error);
        }
        if (error != null && ACCOUNT_BLOCKED.contains(error) || status == 403) {
            return new XrpcException(Kind.PERMISSION, "Bluesky refused the request " + said + ".", null, status,
                    error);
        }
        if (status >= 500) {
            return new XrpcException(Kind.SERVER_ERROR, "Bluesky failed " + said + ". Switchboard tries again later.",
                    null, status, error);
        }
        return new XrpcException(Kind.CLIENT_ERROR, "Bluesky refused the request " + said + ".", null, status, error);
    }

    /** "Bad token scope" / "Bad token method": the app password was made without DM access. */
    private static boolean scopeRefused(String error, String message) {
        if (!"InvalidToken".equals(error) || message == null) {
            return false;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("token scope") || m.contains("token method");
    }

    private static String said(int status, String error, String message) {
        StringBuilder s = new StringBuilder("(HTTP ").append(status);
        if (error != null) {
            s.append(' ').append(error);
        }
        if (message != null) {
            s.append(": ").append(message);
        }
        return s.append(')').toString();
    }
}
