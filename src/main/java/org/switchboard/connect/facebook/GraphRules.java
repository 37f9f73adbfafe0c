package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import okhttp3.Headers;
import org.switchboard.connect.http.HttpFailures;
import org.switchboard.connect.http.PlatformRules;
import org.switchboard.connect.http.RateSignals;
import org.switchboard.connect.http.RateState;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * How Graph reports budgets and failures. Meta never answers 429: throttling, expired tokens and
 * missing permissions all arrive as 4xx (sometimes 5xx) with {@code {"error":{"code",…}}}, so the
 * code decides, not the status (PLATFORM-APIS.md §3 and §10.1).
 */
final class GraphRules implements PlatformRules {
    /**
     * How long to stop after a throttling code without {@code estimated_time_to_regain_access}. Meta's
     * application and page budgets are rolling one-hour windows that recover gradually; ten minutes lets
     * a meaningful share recover without leaving the queue stale for long.
     */
    static final Duration DEFAULT_THROTTLE = Duration.ofMinutes(10);
    /** Meta's "sent outside of allowed window" subcode (code 10) for Messenger sends. */
    static final int OUTSIDE_WINDOW_SUBCODE = 2018278;
    static final String WINDOW_CLOSED = "The 24-hour reply window has closed; Messenger allows replies only within"
            + " 24 hours of the customer's last message. Answer publicly or by another channel instead.";

    private final UnaryOperator<String> redact;

    /** {@code redact} removes the page token from Meta's words before they reach a message. */
    GraphRules(UnaryOperator<String> redact) {
        this.redact = redact;
    }

    @Override
    public String platformName() {
        return "Facebook";
    }

    @Override
    public RateState rateState(Headers headers, Instant now) {
        return RateSignals.meta(headers, now);
    }

    @Override
    public ConnectorException failure(int status, JsonNode body, Headers headers, Instant now) {
        JsonNode error = body == null ? null : body.path("error");
        if (error == null || !error.isObject()) {
            if (status < 400) {
                return null;
            }
            return HttpFailures.byStatus(platformName(), status, null, rateState(headers, now), now);
        }
        int code = error.path("code").asInt(0);
        int subcode = error.path("error_subcode").asInt(0);
        String said = words(error, code);
        if (RateSignals.metaThrottleCode(code)) {
            Instant announced = rateState(headers, now).blockedUntil();
            Instant until = announced != null && announced.isAfter(now) ? announced : now.plus(DEFAULT_THROTTLE);
            return new ConnectorException(Kind.RATE_LIMITED, "Facebook is throttling this page (" + said
                    + "); Switchboard waits until " + until + ".", until, status, null);
        }
        if (code == 190 || code == 102) {
            return new ConnectorException(Kind.AUTH_EXPIRED, "Facebook no longer accepts the page's access token ("
                    + said + "). Reconnect the page.", null, status, null);
        }
        if (code == 10 && (subcode == OUTSIDE_WINDOW_SUBCODE || said.contains("outside of allowed window"))) {
            return new ConnectorException(Kind.CLIENT_ERROR, WINDOW_CLOSED, null, status, null);
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return new ConnectorException(Kind.PERMISSION, "Facebook refused because the page's token lacks a"
                    + " permission (" + said + "). Reconnect the page and grant what Switchboard asks for"
                    + " (pages_read_engagement, pages_manage_engagement, pages_messaging).", null, status, null);
        }
        if (status >= 500 || code == 1 || code == 2 || error.path("is_transient").asBoolean(false)) {
            return new ConnectorException(Kind.SERVER_ERROR, "Facebook failed (HTTP " + status + ", " + said
                    + "). Switchboard tries again later.", null, status, null);
        }
        return new ConnectorException(Kind.CLIENT_ERROR, "Facebook refused the request (" + said + ").", null,
                status, null);
    }

    /** "code 100: Meta's message (trace …)", clipped and without the token. */
    private String words(JsonNode error, int code) {
        String message = error.path("message").asText("").replaceAll("\\s+", " ").strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        String trace = error.path("fbtrace_id").asText("");
        String text = "code " + code + (message.isEmpty() ? "" : ": " + message)
                + (trace.isEmpty() ? "" : ", trace id " + trace);
        return redact.apply(text);
    }
}
