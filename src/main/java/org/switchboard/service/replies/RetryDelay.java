package org.switchboard.service.replies;

import java.time.Duration;

/** How long the outbox waits before it tries a reply again (ADR 0014): 5 s, 15 s, 45 s, … at most 15 minutes. Pure. */
final class RetryDelay {
    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration MAX = Duration.ofMinutes(15);

    private RetryDelay() {}

    /** The wait after the {@code attempt}-th failed attempt: 5 s × 3^(attempt−1), at most 15 minutes. */
    static Duration after(int attempt) {
        Duration d = FIRST;
        for (int i = 1; i < attempt && d.compareTo(MAX) < 0; i++) {
            d = d.multipliedBy(3);
        }
        return d.compareTo(MAX) > 0 ? MAX : d;
    }

    /**
     * {@link #after(int)} spread by −20 … +20 %, fixed for each reply and attempt (from its idempotency key): the
     * replies queued during an outage — in a team, on several workstations — do not all try again at the same
     * second and run into the platform's rate limit together. Never beyond 15 minutes (there, −20 … 0 %).
     */
    static Duration after(int attempt, String key) {
        Duration base = after(attempt);
        int h = java.util.Objects.hash(key, attempt) & 0x7fffffff;
        double factor = 0.8 + 0.4 * (h % 10_001) / 10_000.0;
        long millis = Math.round(base.toMillis() * factor);
        long max = MAX.toMillis();
        return Duration.ofMillis(millis > max ? 2 * max - millis : millis); // above the cap: as far below it
    }
}
