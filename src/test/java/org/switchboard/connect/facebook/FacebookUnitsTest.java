package org.switchboard.connect.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.sync.ConnectorException;

/** The small pieces: Graph times, the 24-hour window, the high-water mark, paging links. */
class FacebookUnitsTest {
    private static final Instant T = Instant.parse("2025-06-02T07:41:12Z");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void graphTimesWithoutAColonInTheOffsetAreReadAsUtc() {
        assertThat(GraphTime.parse("2025-06-02T07:41:12+0000", "x")).isEqualTo(T);
        assertThat(GraphTime.parse("2025-06-02T09:41:12+0200", "x")).isEqualTo(T);
        assertThat(GraphTime.parse("2025-06-02T09:41:12+02:00", "x")).isEqualTo(T);
        assertThatThrownBy(() -> GraphTime.parse("02.06.2025 07:41", "a comment"))
                .isInstanceOf(ConnectorException.class).hasMessageContaining("a comment");
    }

    @Test
    void theMessengerWindowCountsDownTwentyFourHoursAndNeverBelowZero() {
        assertThat(MessengerWindow.timeLeft(T, T.plus(Duration.ofHours(23)))).isEqualTo(Duration.ofHours(1));
        assertThat(MessengerWindow.timeLeft(T, T.plus(Duration.ofHours(25)))).isZero();
        assertThat(MessengerWindow.isOpen(T, T.plus(Duration.ofHours(24)).minusSeconds(1))).isTrue();
        assertThat(MessengerWindow.isOpen(T, T.plus(Duration.ofHours(24)))).isFalse();
        assertThat(MessengerWindow.closesAt(T)).isEqualTo(Instant.parse("2025-06-03T07:41:12Z"));
    }

    @Test
    void theMarkReadsTenMinutesBackFromTheNewestItemAndRemembersWhatItDelivered() {
        HighWaterMark first = new HighWaterMark(T.minus(Duration.ofDays(7)), Set.of());
        HighWaterMark next = first.advance(Map.of("a", T, "b", T.minusSeconds(300), "c", T.minusSeconds(3600)));

        assertThat(next.since()).isEqualTo(T.minus(HighWaterMark.OVERLAP));
        assertThat(next.seen("a")).isTrue();
        assertThat(next.seen("b")).isTrue();
        assertThat(next.seen("c")).isFalse(); // before the window: never read again
        assertThat(next.inWindow(T.minus(HighWaterMark.OVERLAP))).isTrue();

        HighWaterMark stored = HighWaterMark.parse(next.encode(json), Instant.EPOCH, json);
        assertThat(stored.since()).isEqualTo(next.since());
        assertThat(stored.seen("a")).isTrue();
        assertThat(next.advance(Map.of())).isSameAs(next);
    }

    @Test
    void aBusyWindowShrinksByWholeSecondsAndTheCursorFitsItsColumn() {
        Map<String, Instant> read = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            // Messenger ids are long; two items in each second
            read.put("m_" + "x".repeat(80) + i, T.minusSeconds(i / 2));
        }

        HighWaterMark mark = new HighWaterMark(T.minus(Duration.ofDays(1)), Set.of()).advance(read);

        assertThat(mark.since()).isEqualTo(T.minusSeconds(59)); // 120 ids = seconds 0..59, whole
        assertThat(read.entrySet()).filteredOn(e -> mark.inWindow(e.getValue()))
                .allSatisfy(e -> assertThat(mark.seen(e.getKey())).isTrue());
        assertThat(mark.encode(json).length()).isLessThan(2000);
    }

    @Test
    void aSecondHoldingMoreItemsThanFitIsDeliveredAgainRatherThanLost() {
        Map<String, Instant> read = new HashMap<>();
        for (int i = 0; i < 130; i++) {
            read.put("c" + i, T);
        }

        HighWaterMark mark = new HighWaterMark(T.minus(Duration.ofDays(1)), Set.of()).advance(read);

        assertThat(mark.since()).isEqualTo(T);
        assertThat(read.keySet().stream().filter(mark::seen)).hasSize(HighWaterMark.MAX_SEEN);
    }

    @Test
    void anUnreadableCursorStartsOverFromTheLookback() {
        Instant lookback = T.minus(Duration.ofDays(7));
        assertThat(HighWaterMark.parse("QVFIUnRR", lookback, json).since()).isEqualTo(lookback);
        assertThat(HighWaterMark.parse("{\"since\":\"gestern\"}", lookback, json).since()).isEqualTo(lookback);
        assertThat(HighWaterMark.parse(null, lookback, json).since()).isEqualTo(lookback);
    }

    @Test
    void aPagingLinkIsFollowedOnTheConfiguredBaseWithoutTheToken() {
        try (GraphTestKit kit = new GraphTestKit()) {
            GraphSettings settings = GraphSettings.of(kit.account(Map.of()));
            GraphClient client = new GraphClient(kit.http, settings, 7,
                    new PageToken(kit.secrets, "k", "Stadt Beispielstadt"));

            var url = client.rebase(
                    "https://evil.example/v23.0/1_2/comments?access_token=EAAB...&limit=4&after=QVF%3D");

            assertThat(url.host()).isEqualTo(kit.server.getHostName());
            assertThat(url.port()).isEqualTo(kit.server.getPort());
            assertThat(url.encodedPath()).isEqualTo("/v23.0/1_2/comments");
            assertThat(url.queryParameter("access_token")).isNull();
            assertThat(url.queryParameter("after")).isEqualTo("QVF=");
            assertThat(url.queryParameter("limit")).isEqualTo("4");
        }
    }
}
