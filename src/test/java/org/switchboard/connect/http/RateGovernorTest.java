package org.switchboard.connect.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The governor reads the platforms' own signals and never lets a request go inside an announced window. */
class RateGovernorTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final RateGovernor governor = new RateGovernor(clock);

    @Test
    void aBudgetWithRoomLetsRequestsGoAtOnce() {
        governor.record("k", new RateState(300, 250, NOW.plusSeconds(300), null, -1));
        assertThat(governor.delayBefore("k")).isZero();
        assertThat(governor.delayBefore("unknown")).isZero();
    }

    @Test
    void anExhaustedBudgetWaitsForTheAnnouncedReset() {
        governor.record("k", new RateState(300, 0, NOW.plusSeconds(120), null, -1));
        assertThat(governor.delayBefore("k")).isEqualTo(Duration.ofSeconds(120));
        assertThat(governor.blockedUntil("k")).isEqualTo(NOW.plusSeconds(120));
        clock.now = NOW.plusSeconds(121);
        assertThat(governor.delayBefore("k")).isZero();
    }

    @Test
    void pastNinetyPercentTheRestIsSpreadUntilTheReset() {
        governor.record("k", new RateState(300, 29, NOW.plusSeconds(300), null, -1)); // 90.3 % used
        governor.sent("k");
        Duration d = governor.delayBefore("k");
        assertThat(d).isEqualTo(Duration.ofSeconds(10)); // 300 s / (29 + 1)
        governor.record("k", new RateState(300, 31, NOW.plusSeconds(300), null, -1)); // below 90 %
        assertThat(governor.delayBefore("k")).isZero();
    }

    @Test
    void aBlockOutlastsLaterResponsesThatSayLess() {
        governor.block("k", NOW.plusSeconds(600));
        governor.record("k", new RateState(300, 299, NOW.plusSeconds(10), null, -1));
        assertThat(governor.blockedUntil("k")).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void metaUsageNearTheTopSlowsDown() {
        Headers h = Headers.of("X-App-Usage", "{\"call_count\":95,\"total_cputime\":20,\"total_time\":30}");
        RateState s = RateSignals.meta(h, NOW);
        assertThat(s.usedPercent()).isEqualTo(95);
        governor.record("fb", s);
        governor.sent("fb");
        assertThat(governor.delayBefore("fb")).isPositive();
        governor.record("fb", RateSignals.meta(Headers.of("X-App-Usage", "{\"call_count\":12}"), NOW));
        assertThat(governor.delayBefore("fb")).isZero();
    }

    @Test
    void metaBusinessUseCaseAnnouncesWhenAccessReturns() {
        Headers h = Headers.of("X-Business-Use-Case-Usage", "{\"1043\":[{\"type\":\"pages\",\"call_count\":100,"
                + "\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":7}]}");
        RateState s = RateSignals.meta(h, NOW);
        assertThat(s.blockedUntil()).isEqualTo(NOW.plusSeconds(7 * 60));
        assertThat(s.usedPercent()).isEqualTo(100);
    }

    @Test
    void eachPlatformsResetFormatIsRead() {
        RateState masto = RateSignals.mastodon(Headers.of("X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "2026-11-22T10:05:00.123456Z"), NOW);
        assertThat(masto.reset()).isEqualTo(Instant.parse("2026-11-22T10:05:00.123456Z"));
        assertThat(masto.remaining()).isZero();
        RateState sky = RateSignals.bluesky(Headers.of("RateLimit-Limit", "3000", "RateLimit-Remaining", "0",
                "RateLimit-Reset", String.valueOf(NOW.plusSeconds(90).getEpochSecond()), "Retry-After", "30"), NOW);
        assertThat(sky.reset()).isEqualTo(NOW.plusSeconds(90));
        assertThat(sky.blockedUntil()).isEqualTo(NOW.plusSeconds(30));
        RateState x = RateSignals.x(Headers.of("x-rate-limit-reset", String.valueOf(NOW.getEpochSecond() + 900)), NOW);
        assertThat(x.reset()).isEqualTo(NOW.plusSeconds(900));
        assertThat(RateSignals.mastodon(Headers.of("X-RateLimit-Reset", "garbage"), NOW).reset()).isNull();
    }

    @Test
    void backoffGrowsExponentiallyWithJitterAndACap() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60), new java.util.Random(3));
        for (int attempt = 0; attempt < 12; attempt++) {
            long ceiling = Math.min(60_000, 500L << attempt);
            assertThat(b.delay(attempt).toMillis()).isBetween(0L, ceiling);
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
