package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordKeysTest {

    @Test
    void theSameIdempotencyKeyAlwaysGivesTheSameValidTid() {
        String a = RecordKeys.forReply("outbox-42");
        assertThat(a).isEqualTo(RecordKeys.forReply("outbox-42")).matches(RecordKeys.TID);
        assertThat(RecordKeys.forReply("outbox-43")).isNotEqualTo(a).matches(RecordKeys.TID);
    }

    @Test
    void aUuidV7KeyGivesATidOfTheMomentTheReplyWasReleased() {
        String key = "0197308e-3b1f-7c2a-9d4e-5f6a7b8c9d0e";
        long released = Long.parseUnsignedLong("0197308e3b1f", 16);

        long micros = decode(RecordKeys.forReply(key)) >>> 10;

        assertThat(micros / 1000).isEqualTo(released);
        assertThat(Instant.ofEpochMilli(released)).isBetween(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void anyOtherKeyGivesATidThatIsNeverInTheFuture() {
        for (int i = 0; i < 200; i++) {
            long micros = decode(RecordKeys.forReply("key-" + i)) >>> 10;
            assertThat(micros).isLessThan(1L << 50);
        }
    }

    @Test
    void encodingFollowsTheTidSpec() {
        assertThat(RecordKeys.encode(0)).isEqualTo("2222222222222");
        assertThat(decode("3jzfcijpj2z2a")).isEqualTo(decode(RecordKeys.encode(decode("3jzfcijpj2z2a"))));
    }

    private static long decode(String tid) {
        String alphabet = "234567abcdefghijklmnopqrstuvwxyz";
        long v = 0;
        for (char c : tid.toCharArray()) {
            v = (v << 5) | alphabet.indexOf(c);
        }
        return v;
    }
}
