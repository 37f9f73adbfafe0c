package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.switchboard.connect.bluesky.BlueskyTestKit.NOW;
import static org.switchboard.connect.bluesky.BlueskyTestKit.answer;
import static org.switchboard.connect.bluesky.BlueskyTestKit.fixture;
import static org.switchboard.connect.bluesky.BlueskyTestKit.ok;
import static org.switchboard.connect.bluesky.BlueskyTestKit.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

class BlueskyNotificationsTest {
    private static final String BENCH = "at://did:plc:i7bwvdtb3tvtlkcxl3gorbii/app.bsky.feed.post/3lqmblplsr3bq";
    private static final String PUDDLE = "at://did:plc:evs53nkbnp33og3f35sff4z6/app.bsky.feed.post/3lqmafuvws7nh";
    private static final String TRAIN = "at://did:plc:h74y6lltxkgs54shl7swfxkt/app.bsky.feed.post/3lqm77uqjw66r";
    private static final String LAPTOP = "at://did:plc:z52gtmhu3v2xgj4fieyt4vsk/app.bsky.feed.post/3lqm5p323ailk";
    private static final String CITY_POST = "at://did:plc:k7q2x4mvbs5wa3hzyj6ulotr/app.bsky.feed.post/3lqey325fy65q";
    private static final String BENCH_MARK = "2025-06-02T07:41:13.102Z|" + BENCH;

    private final BlueskyTestKit kit = new BlueskyTestKit();
    private BlueskyConnector connector;

    @BeforeEach
    void start() {
        kit.storeSession();
        connector = kit.connector();
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void theFirstSyncPagesBackThroughAllPagesThenAPollWithNothingNewDeliversNothingTwice() {
        kit.enqueue(replay("inbound_page1"), ok("getPosts_response.json"), ok("inbound_page2.json"),
                ok("inbound_empty.json"), ok("inbound_page1.json"));
        List<InboundItem> delivered = new ArrayList<>();

        FetchedPage first = connector.fetch("notifications", null);
        delivered.addAll(first.items());
        assertThat(first.hasMore()).isTrue();
        FetchedPage second = connector.fetch("notifications", first.nextCursor());
        delivered.addAll(second.items());
        assertThat(second.hasMore()).as("page 2 still has a cursor: ask once more").isTrue();
        FetchedPage last = connector.fetch("notifications", second.nextCursor());
        assertThat(last.items()).isEmpty();
        assertThat(last.hasMore()).isFalse();
        assertThat(last.nextCursor()).as("the newest notification is the mark").isEqualTo(BENCH_MARK);

        FetchedPage poll = connector.fetch("notifications", last.nextCursor());

        assertThat(poll.items()).isEmpty();
        assertThat(poll.nextCursor()).isEqualTo(BENCH_MARK);
        assertThat(poll.hasMore()).isFalse();
        assertThat(delivered).extracting(InboundItem::externalId).doesNotHaveDuplicates().hasSize(6)
                .startsWith(BENCH, PUDDLE, TRAIN, LAPTOP);

        RecordedRequest page1 = kit.take("app.bsky.notification.listNotifications");
        assertThat(page1.getUrl().queryParameterValues("reasons")).containsExactly("mention", "reply", "quote");
        assertThat(page1.getUrl().queryParameter("limit")).isEqualTo("50");
        assertThat(page1.getUrl().queryParameter("cursor")).isNull();
        assertThat(kit.take("app.bsky.feed.getPosts").getUrl().queryParameterValues("uris")).containsExactly(BENCH);
        assertThat(kit.take("app.bsky.notification.listNotifications").getUrl().queryParameter("cursor"))
                .isEqualTo("2025-06-02T06:31:31.540Z");
        assertThat(kit.take("app.bsky.notification.listNotifications").getUrl().queryParameter("cursor"))
                .isEqualTo("2025-06-01T15:03:10.010Z");
        assertThat(kit.take("app.bsky.notification.listNotifications").getUrl().queryParameter("cursor")).isNull();
        assertThat(kit.server.getRequestCount()).as("no getPosts when nothing is new").isEqualTo(5);
    }

    @Test
    void aPollOverSeveralPagesKeepsTheOldMarkUntilItReachesIt() {
        String lenaMark = "2025-06-01T19:12:41.700Z|at://did:plc:wv3kvezdlquoxqcvb3whwmve/app.bsky.feed.post/3lqkxrabauu5o";
        kit.enqueue(ok("inbound_page1.json"), ok("getPosts_response.json"), ok("inbound_page2.json"));

        FetchedPage newer = connector.fetch("notifications", lenaMark);

        assertThat(newer.items()).hasSize(4);
        assertThat(newer.hasMore()).isTrue();
        NotificationCursor walking = NotificationCursor.parse(newer.nextCursor());
        assertThat(walking.mark().encode()).as("the stored position does not pass undelivered items").isEqualTo(lenaMark);

        FetchedPage rest = connector.fetch("notifications", newer.nextCursor());

        assertThat(rest.items()).as("Lena's post was delivered last time, Kai's is older").isEmpty();
        assertThat(rest.hasMore()).isFalse();
        assertThat(rest.nextCursor()).isEqualTo(BENCH_MARK);
    }

    @Test
    void whenBlueskyNoLongerTakesTheCursorOfAnInterruptedWalkItWalksAgainFromTheNewest() {
        String walk = new NotificationCursor(null, new NotificationCursor.Mark(Instant.parse("2025-06-02T07:41:13.102Z"),
                BENCH), "expired-cursor").encode();
        kit.enqueue(answer(400, "{\"error\":\"InvalidRequest\",\"message\":\"Malformed cursor\"}"),
                ok("inbound_page2.json"));

        FetchedPage page = connector.fetch("notifications", walk);

        assertThat(page.items()).hasSize(2);
        assertThat(kit.take("app.bsky.notification.listNotifications").getUrl().queryParameter("cursor"))
                .isEqualTo("expired-cursor");
        assertThat(kit.take("app.bsky.notification.listNotifications").getUrl().queryParameter("cursor")).isNull();
    }

    @Test
    void aNewNotificationAboveTheMarkIsDeliveredAndTheMarkMovesToIt() {
        kit.enqueue(ok("inbound_new_on_top.json"));

        FetchedPage page = connector.fetch("notifications", BENCH_MARK);

        assertThat(page.items()).extracting(InboundItem::externalId)
                .containsExactly("at://did:plc:z52gtmhu3v2xgj4fieyt4vsk/app.bsky.feed.post/3lqmd3xq7ab2k");
        assertThat(page.nextCursor())
                .isEqualTo("2025-06-02T08:20:05.120Z|at://did:plc:z52gtmhu3v2xgj4fieyt4vsk/app.bsky.feed.post/3lqmd3xq7ab2k");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void notificationsBecomeItemsWithAuthorThreadImagesAndWhatAReplyNeeds() {
        kit.enqueue(ok("inbound_page1.json"), ok("getPosts_response.json"));

        List<InboundItem> items = connector.fetch("notifications", null).items();

        assertThat(items).extracting(InboundItem::kind)
                .containsExactly(MessageKind.MENTION, MessageKind.REPLY, MessageKind.POST, MessageKind.MENTION);
        InboundItem bench = items.get(0);
        assertThat(bench.author().handle()).isEqualTo("juergen-mueller.bsky.social");
        assertThat(bench.author().displayName()).isEqualTo("Jürgen Müller");
        assertThat(bench.author().profileUrl()).isEqualTo("https://bsky.app/profile/juergen-mueller.bsky.social");
        assertThat(bench.fromOrganisation()).isFalse();
        assertThat(bench.text()).startsWith("@beispielstadt.bsky.social Die Parkbank am Rosengarten");
        assertThat(bench.createdAt()).isEqualTo(Instant.parse("2025-06-02T07:41:12.418Z"));
        assertThat(bench.url()).isEqualTo("https://bsky.app/profile/juergen-mueller.bsky.social/post/3lqmblplsr3bq");
        assertThat(bench.inReplyTo()).isNull();
        assertThat(bench.threadKey()).isEqualTo(BENCH);
        assertThat(bench.attachments()).containsExactly(new Attachment("image",
                "https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:i7bwvdtb3tvtlkcxl3gorbii/bafkrei6nxjujdjudb7ejixtaxrud3hjibo2c6xzfifm6idq7cimxqt2fel@jpeg",
                "Parkbank mit zwei fehlenden Sitzlatten, herausstehende Nägel."));
        assertThat(bench.replyContext()).isEqualTo(Map.of("uri", BENCH,
                "cid", "bafyreimrtmmizj4mcapve7a4xtqmjysw5huab7n6cdy7gkyxuspt5muu2x",
                "rootUri", BENCH, "rootCid", "bafyreimrtmmizj4mcapve7a4xtqmjysw5huab7n6cdy7gkyxuspt5muu2x"));

        InboundItem puddle = items.get(1);
        assertThat(puddle.inReplyTo()).isEqualTo(CITY_POST);
        assertThat(puddle.threadKey()).isEqualTo(CITY_POST);
        assertThat(puddle.replyContext()).containsEntry("rootUri", CITY_POST)
                .containsEntry("rootCid", "bafyreised72ks4q4olgztwycsh5yhdbpfpw3aze6dzwymc5yryezxwjn6n")
                .containsEntry("uri", PUDDLE);
        assertThat(puddle.attachments()).isEmpty();

        assertThat(items.get(2).text()).isEqualTo("RE 7 nach Köln schon wieder 25 Min. Verspätung 😤 & keine Durchsage "
                + "an Gleis 3. Wer ist zuständig – Stadt oder Bahn? <Ironie>Top Service</Ironie> #Pendeln");
        assertThat(items.get(3).text()).contains("🧑‍💻🙏 Auf beispielstadt.example/fundb… "
                + "(https://www.beispielstadt.example/fundbuero?linie=5) steht nichts zu Linie 5.");
    }

    @Test
    void facetsAfterUmlautsEmojiAndZwjSequencesLandOnTheRightWordsAndUnknownTypesAreIgnored() {
        kit.enqueue(ok("facets_multibyte.json"));

        List<InboundItem> items = connector.fetch("notifications", null).items();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Grüße aus Łódź 😤 und 🧑‍💻 – Fundbüro: fundbuero.example/linie5 "
                    + "(https://www.beispielstadt.example/fundbuero?linie=5) oder https://beispielstadt.example/kontakt "
                    + "@beispielstadt.bsky.social #Pendeln 👍🏽");
            assertThat(item.attachments()).as("an embed type from a newer lexicon is ignored").isEmpty();
        });
        assertThat(kit.server.getRequestCount()).as("no getPosts for an unknown embed").isEqualTo(1);
    }

    @Test
    void likesFollowsAndPostsThatAreNotPostsAreIgnoredAndOurOwnPostIsMarkedAsOurs() throws Exception {
        ObjectNode page = (ObjectNode) BlueskyTestKit.json(fixture("inbound_page1.json"));
        var list = page.withArray("notifications");
        ((ObjectNode) list.get(1)).put("reason", "like");
        ((ObjectNode) list.get(2).path("record")).put("$type", "app.bsky.graph.follow");
        ((ObjectNode) list.get(3).path("author")).put("did", BlueskyTestKit.OUR_DID);
        kit.enqueue(answer(200, page.toString()), ok("getPosts_response.json"));

        List<InboundItem> items = connector.fetch("notifications", null).items();

        assertThat(items).extracting(InboundItem::externalId, InboundItem::fromOrganisation)
                .containsExactly(tuple(BENCH, false), tuple(LAPTOP, true));
    }

    @Test
    void aHostileFacetOrAFutureCreatedAtDoesNotSpoilThePage() {
        ObjectNode page = (ObjectNode) BlueskyTestKit.json(fixture("inbound_page2.json"));
        ObjectNode record = (ObjectNode) page.withArray("notifications").get(0).path("record");
        record.putArray("facets").addObject().put("index", "not an index");
        record.put("createdAt", "2031-01-01T00:00:00.000Z");
        ObjectNode facet = (ObjectNode) page.withArray("notifications").get(1).path("record").path("facets").get(0);
        ((ObjectNode) facet.path("index")).put("byteStart", 36); // the second byte of the 'ü' in "Unterführung"
        facet.putArray("features").addObject().put("$type", "app.bsky.richtext.facet#link").put("uri", "https://evil.example");
        kit.enqueue(answer(200, page.toString()));

        List<InboundItem> items = connector.fetch("notifications", null).items();

        assertThat(items).hasSize(2);
        assertThat(items.get(0).text()).startsWith("@beispielstadt.bsky.social Die Straßenlaterne");
        assertThat(items.get(0).createdAt()).as("not later than Bluesky indexed it")
                .isEqualTo(Instant.parse("2025-06-01T19:12:41.700Z"));
        assertThat(items.get(1).text()).isEqualTo("Schon wieder Graffiti an der Unterführung Mühlenweg "
                + "@beispielstadt.bsky.social – wird das entfernt?");
    }

    @Test
    void aGarbledCursorIsMalformedInWordsAndSendsNothing() {
        assertThatThrownBy(() -> connector.fetch("notifications", "page=2&since=yesterday"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
                    assertThat(e.getMessage()).contains("stored position", "notifications", "Reset");
                });
        assertThatThrownBy(() -> connector.fetch("notifications", "walk|x|y|z|w|!!"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void aServerErrorOnAReadIsRetriedWithBackoff() {
        kit.enqueue(answer(503, fixture("server_error.json")), answer(502, "<html>Bad Gateway</html>"),
                ok("inbound_page2.json"));

        FetchedPage page = connector.fetch("notifications", null);

        assertThat(page.items()).hasSize(2);
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aServerErrorThatLastsIsAServerErrorForTheEngine() {
        for (int i = 0; i < 3; i++) {
            kit.enqueue(answer(500, fixture("server_error.json")));
        }

        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    assertThat(e.transientFailure()).isTrue();
                });
        assertThat(kit.server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void brokenJsonAndAnUnexpectedShapeAreMalformed() {
        kit.enqueue(answer(200, "{\"notifications\": [ {\"uri\": "));
        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));

        kit.enqueue(answer(200, "{\"notifications\": \"none today\"}"));
        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
                    assertThat(e.getMessage()).contains("notification list");
                });
    }

    @Test
    void aRateLimitWaitsForTheAnnouncedResetWithoutSendingInsideTheWindow() {
        Instant reset = NOW.plusSeconds(200);
        kit.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .addHeader("RateLimit-Limit", "3000").addHeader("RateLimit-Remaining", "0")
                .addHeader("RateLimit-Reset", Long.toString(reset.getEpochSecond()))
                .addHeader("RateLimit-Policy", "3000;w=300").body(fixture("rate_limited.json")).build());

        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAt()).isEqualTo(reset);
                });
        assertThatThrownBy(() -> connector.fetch("notifications", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.retryAt()).isEqualTo(reset));
        assertThat(kit.server.getRequestCount()).isEqualTo(1);

        kit.clock.advance(Duration.ofSeconds(201));
        kit.enqueue(ok("inbound_empty.json"));
        assertThat(connector.fetch("notifications", null).items()).isEmpty();
        assertThat(kit.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnknownStreamIsRefusedInWords() {
        assertThatThrownBy(() -> connector.fetch("timeline", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
                    assertThat(e.getMessage()).contains("notifications", "chat");
                });
        assertThat(connector.streams()).containsExactly("notifications", "chat");
    }
}
