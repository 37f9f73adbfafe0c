package org.switchboard.connect.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter: attempt n waits a random time in [0, min(cap, base * 2^n)]. */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60), RandomGenerator.getDefault());
    }

    /** The wait before retry number {@code attempt} (0 = first retry). */
    public Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }
}
