package org.switchboard.connect.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/** Reads each platform's own rate-limit signals from response headers (PLATFORM-APIS.md §0.1). */
public final class RateSignals {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RateSignals() {}

    /** Mastodon: {@code X-RateLimit-Limit/Remaining/Reset}, reset as ISO-8601 (up to 6 fraction digits). */
    public static RateState mastodon(Headers h, Instant now) {
        Instant reset = isoInstant(h.get("X-RateLimit-Reset"));
        return new RateState(number(h.get("X-RateLimit-Limit")), number(h.get("X-RateLimit-Remaining")), reset,
                retryAfter(h, now), -1);
    }

    /** Bluesky: {@code RateLimit-Limit/Remaining/Reset}, reset in epoch seconds; {@code Retry-After} on 429. */
    public static RateState bluesky(Headers h, Instant now) {
        return new RateState(number(h.get("RateLimit-Limit")), number(h.get("RateLimit-Remaining")),
                epoch(h.get("RateLimit-Reset")), retryAfter(h, now), -1);
    }

    /** X: {@code x-rate-limit-limit/remaining/reset}, reset in epoch seconds. */
    public static RateState x(Headers h, Instant now) {
        return new RateState(number(h.get("x-rate-limit-limit")), number(h.get("x-rate-limit-remaining")),
                epoch(h.get("x-rate-limit-reset")), retryAfter(h, now), -1);
    }

    /**
     * Meta (Facebook, Instagram, Threads): usage percentages in {@code X-App-Usage} and
     * {@code X-Business-Use-Case-Usage}; the highest of call count, CPU time and total time counts.
     * A business-use-case entry may announce {@code estimated_time_to_regain_access} in minutes.
     */
    public static RateState meta(Headers h, Instant now) {
        int used = -1;
        Instant blocked = null;
        JsonNode app = json(h.get("X-App-Usage"));
        if (app != null) {
            used = Math.max(used, maxPercent(app));
        }
        JsonNode buc = json(h.get("X-Business-Use-Case-Usage"));
        if (buc != null) {
            for (JsonNode perObject : buc) {
                for (JsonNode entry : perObject) {
                    used = Math.max(used, maxPercent(entry));
                    int minutes = entry.path("estimated_time_to_regain_access").asInt(0);
                    if (minutes > 0) {
                        Instant until = now.plusSeconds(60L * minutes);
                        blocked = blocked == null || until.isAfter(blocked) ? until : blocked;
                    }
                }
            }
        }
        return new RateState(-1, -1, null, blocked, used);
    }

    /** Meta's throttling error codes: application, user, page, custom and business-use-case limits. */
    public static boolean metaThrottleCode(int code) {
        return code == 4 || code == 17 || code == 32 || code == 613 || code == 80001 || code == 80002
                || code == 80004 || code == 80005 || code == 80006 || code == 80008;
    }

    /** {@code Retry-After} as seconds or an HTTP date, as an instant; null when absent. */
    static Instant retryAfter(Headers h, Instant now) {
        String v = h.get("Retry-After");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return now.plusSeconds(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            java.util.Date d = h.getDate("Retry-After");
            return d == null ? null : d.toInstant();
        }
    }

    private static int maxPercent(JsonNode usage) {
        int max = -1;
        for (String f : new String[] {"call_count", "total_cputime", "total_time"}) {
            if (usage.has(f)) {
                max = Math.max(max, usage.path(f).asInt());
            }
        }
        return max;
    }

    private static JsonNode json(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    static long number(String v) {
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Instant epoch(String v) {
        long s = number(v);
        return s < 0 ? null : Instant.ofEpochSecond(s);
    }

    static Instant isoInstant(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

}
