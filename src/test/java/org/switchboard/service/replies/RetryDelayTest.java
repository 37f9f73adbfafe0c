package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retries back off 5 s × 3ⁿ up to 15 minutes, each reply spread by up to ±20 % so an outage's replies do not retry at once. */
class RetryDelayTest {
    @Test
    void theBackOffGrowsThreefoldUpToFifteenMinutes() {
        assertThat(RetryDelay.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryDelay.after(2)).isEqualTo(Duration.ofSeconds(15));
        assertThat(RetryDelay.after(4)).isEqualTo(Duration.ofSeconds(135));
        assertThat(RetryDelay.after(8)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void eachReplyWaitsItsOwnShareOfTheBackOffAndTheSameOneEveryTime() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            long base = RetryDelay.after(attempt).toMillis();
            Set<Long> waits = new HashSet<>();
            for (int reply = 0; reply < 200; reply++) {
                String key = "sb-" + reply + "-c0ffee";
                Duration d = RetryDelay.after(attempt, key);
                assertThat(d).isEqualTo(RetryDelay.after(attempt, key));
                assertThat(d.toMillis()).isBetween(Math.round(base * 0.8), Math.min(Math.round(base * 1.2),
                        Duration.ofMinutes(15).toMillis()));
                waits.add(d.toMillis());
            }
            assertThat(waits).as("200 replies after attempt %d do not share a few moments", attempt)
                    .hasSizeGreaterThan(attempt < 7 ? 150 : 50);
        }
    }
}
