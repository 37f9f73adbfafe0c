package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.connect.bluesky.NotificationCursor.Mark;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

class NotificationCursorTest {
    private static final Mark MARK = new Mark(Instant.parse("2025-06-01T19:12:41.700Z"),
            "at://did:plc:wv3kvezdlquoxqcvb3whwmve/app.bsky.feed.post/3lqkxrabauu5o");
    private static final Mark TOP = new Mark(Instant.parse("2025-06-02T07:41:13.102Z"),
            "at://did:plc:i7bwvdtb3tvtlkcxl3gorbii/app.bsky.feed.post/3lqmblplsr3bq");

    @Test
    void theMarkAtRestReadsAsIndexedAtAndUri() {
        assertThat(NotificationCursor.atRest(MARK).encode())
                .isEqualTo("2025-06-01T19:12:41.700Z|at://did:plc:wv3kvezdlquoxqcvb3whwmve/app.bsky.feed.post/3lqkxrabauu5o");
        assertThat(NotificationCursor.parse(NotificationCursor.atRest(MARK).encode())).isEqualTo(NotificationCursor.atRest(MARK));
    }

    @Test
    void aWalkSurvivesBeingStoredEvenWhenBlueskysCursorHoldsOurSeparator() {
        NotificationCursor walk = new NotificationCursor(MARK, TOP, "2025-06-02T06:31:31.540Z|odd");
        assertThat(NotificationCursor.parse(walk.encode())).isEqualTo(walk);

        NotificationCursor firstSync = new NotificationCursor(null, TOP, "abc");
        assertThat(NotificationCursor.parse(firstSync.encode())).isEqualTo(firstSync);
    }

    @Test
    void nothingStoredIsTheFirstSync() {
        assertThat(NotificationCursor.parse(null)).isEqualTo(NotificationCursor.START);
        assertThat(NotificationCursor.parse("  ")).isEqualTo(NotificationCursor.START);
        assertThat(NotificationCursor.START.encode()).isNull();
    }

    @Test
    void anythingElseIsMalformed() {
        for (String garbage : new String[] {"3lqmceohz6ogi", "yesterday|at://x/y/z", "2025-06-01T19:12:41Z|https://x",
                "walk|a|b|c|d|e", "walk|2025-06-01T19:12:41Z|at://x/y/z|-|-|"}) {
            assertThatThrownBy(() -> NotificationCursor.parse(garbage)).as(garbage)
                    .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
        }
    }
}
