package org.switchboard.connect.http;

import java.time.Instant;

/**
 * What a response said about the budget: {@code limit} and {@code remaining} requests until
 * {@code reset}, and {@code blockedUntil} when the platform told us to stop (429, Retry-After, a Meta
 * throttling code). Unknown values are -1 / null. {@code usedPercent} is Meta's usage figure.
 */
public record RateState(long limit, long remaining, Instant reset, Instant blockedUntil, int usedPercent) {
    public static final RateState UNKNOWN = new RateState(-1, -1, null, null, -1);

    public RateState withBlockedUntil(Instant until) {
        return new RateState(limit, remaining, reset, until, usedPercent);
    }
}
