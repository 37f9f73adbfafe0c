package org.switchboard.connect.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/** The common mapping of HTTP status codes to typed failures, for platforms that use them plainly. */
public final class HttpFailures {
    /** How long to stop when a 429 announces no reset. */
    public static final Duration DEFAULT_BLOCK = Duration.ofSeconds(60);

    private HttpFailures() {}

    /**
     * 401 → auth expired, 403 → permission, 429 → rate limited (until the announced reset, else one
     * minute), other 4xx → client error, 5xx → server error; {@code detail} is the platform's own words.
     */
    public static ConnectorException byStatus(String platform, int status, String detail, RateState rate,
                                              Instant now) {
        String words = detail == null || detail.isBlank() ? "" : ": " + clip(detail);
        if (status == 401) {
            return new ConnectorException(Kind.AUTH_EXPIRED, platform + " no longer accepts the stored token"
                    + words + ". Reconnect the account.", null, status, null);
        }
        if (status == 403) {
            return new ConnectorException(Kind.PERMISSION, platform + " refused the request (no permission)"
                    + words + ".", null, status, null);
        }
        if (status == 429) {
            Instant until = rate.blockedUntil() != null ? rate.blockedUntil()
                    : rate.reset() != null && rate.reset().isAfter(now) ? rate.reset() : now.plus(DEFAULT_BLOCK);
            return rateLimited(platform, until, status);
        }
        if (status >= 500) {
            return new ConnectorException(Kind.SERVER_ERROR, platform + " failed with HTTP " + status + words
                    + ". Switchboard tries again later.", null, status, null);
        }
        if (status >= 400) {
            return new ConnectorException(Kind.CLIENT_ERROR, platform + " refused the request (HTTP " + status + ")"
                    + words + ".", null, status, null);
        }
        return null;
    }

    public static ConnectorException rateLimited(String platform, Instant until, int status) {
        return new ConnectorException(Kind.RATE_LIMITED, platform + " asks Switchboard to wait until " + until
                + " (rate limit).", until, status, null);
    }

    /** The {@code error} / {@code message} text of a JSON error body, if any. */
    public static String detail(JsonNode body, String... fields) {
        if (body == null) {
            return null;
        }
        for (String f : fields) {
            JsonNode v = body.path(f);
            if (v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }

    /** True when a failure kind is worth a silent retry of an idempotent request. */
    static boolean retryable(ConnectorException e) {
        return e.kind() == Kind.SERVER_ERROR || e.kind() == Kind.NETWORK;
    }

}
