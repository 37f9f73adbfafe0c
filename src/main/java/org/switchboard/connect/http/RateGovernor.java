package org.switchboard.connect.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each budget (per account and endpoint family) from the platforms' own signals and says how
 * long to wait before the next request. It never lets a request go before an announced reset, and it
 * slows down once 90 % of a budget is used, spreading what is left until the reset. Thread-safe.
 */
public final class RateGovernor {
    /** Share of a budget after which requests are spread out. */
    static final double SLOW_DOWN_AT = 0.9;

    private final Clock clock;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    private record Budget(RateState state, Instant lastRequest) {}

    public RateGovernor(Clock clock) {
        this.clock = clock;
    }

    /** Records what a response said about budget {@code key}. */
    public void record(String key, RateState state) {
        budgets.merge(key, new Budget(state, clock.instant()), (old, now) -> {
            // keep a block that lasts longer than what the new response says
            Instant block = later(old.state().blockedUntil(), now.state().blockedUntil());
            return new Budget(now.state().withBlockedUntil(block), now.lastRequest());
        });
    }

    /** Stops budget {@code key} until {@code until} (a 429 or a throttling error). */
    public void block(String key, Instant until) {
        RateState current = budgets.containsKey(key) ? budgets.get(key).state() : RateState.UNKNOWN;
        record(key, current.withBlockedUntil(until));
    }

    /** The instant before which no request may go, or null. */
    public Instant blockedUntil(String key) {
        Budget b = budgets.get(key);
        if (b == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant block = b.state().blockedUntil();
        if (block != null && block.isAfter(now)) {
            return block;
        }
        RateState s = b.state();
        if (s.remaining() == 0 && s.reset() != null && s.reset().isAfter(now)) {
            return s.reset();
        }
        return null;
    }

    /** How long to wait before the next request of {@code key}; zero when it may go now. */
    public Duration delayBefore(String key) {
        Instant now = clock.instant();
        Instant block = blockedUntil(key);
        if (block != null) {
            return Duration.between(now, block);
        }
        Budget b = budgets.get(key);
        if (b == null) {
            return Duration.ZERO;
        }
        RateState s = b.state();
        if (s.usedPercent() >= SLOW_DOWN_AT * 100) {
            // Meta reports a percentage of an hourly window: pace to one request a minute near the top.
            int over = s.usedPercent() - (int) (SLOW_DOWN_AT * 100);
            return untilPaced(b.lastRequest(), now, Duration.ofSeconds(6L * (over + 1)));
        }
        if (s.limit() > 0 && s.remaining() >= 0 && s.reset() != null && s.reset().isAfter(now)
                && s.remaining() <= s.limit() * (1 - SLOW_DOWN_AT)) {
            Duration left = Duration.between(now, s.reset());
            Duration spacing = left.dividedBy(s.remaining() + 1);
            return untilPaced(b.lastRequest(), now, spacing);
        }
        return Duration.ZERO;
    }

    /** Marks that a request of {@code key} is going out now (for pacing). */
    public void sent(String key) {
        budgets.computeIfPresent(key, (k, b) -> new Budget(b.state(), clock.instant()));
    }

    private static Duration untilPaced(Instant last, Instant now, Duration spacing) {
        Instant next = last.plus(spacing);
        return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
