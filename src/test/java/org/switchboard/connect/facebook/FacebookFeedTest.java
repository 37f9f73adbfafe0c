package org.switchboard.connect.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.connect.facebook.GraphTestKit.PAGE_ID;
import static org.switchboard.connect.facebook.GraphTestKit.POST_BAUSTELLE;
import static org.switchboard.connect.facebook.GraphTestKit.POST_SOMMERFEST;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/** The "feed" stream: the page's posts, visitors' posts, comments and replies, polled without loss or repeats. */
class FacebookFeedTest {
    private final GraphTestKit kit = new GraphTestKit();
    private final FacebookConnector connector = kit.connector();

    @AfterEach
    void stop() {
        kit.close();
    }

    private FetchedPage firstSync() {
        kit.reply("page_feed_page1.json");
        kit.reply("comments_baustelle.json");
        kit.reply("comments_sommerfest.json");
        return connector.fetch("feed", null);
    }

    private static Map<String, InboundItem> byId(FetchedPage page) {
        return page.items().stream().collect(Collectors.toMap(InboundItem::externalId, Function.identity()));
    }

    @Test
    void theFirstSyncReadsThePagesPostsAndEveryCommentUnderThem() {
        FetchedPage page = firstSync();

        assertThat(page.hasMore()).isFalse();
        assertThat(page.items()).extracting(InboundItem::externalId).containsExactly(
                POST_SOMMERFEST, POST_BAUSTELLE, // oldest first: roots before their comments
                "122145111122223333_1936334237768651", "122145111122223333_1625454741075080",
                "122145111122223333_1621789220615948", "122145678901234567_1465855015499750",
                "122145678901234567_1616874191767231", "122145678901234567_1476382033663918");
        List<RecordedRequest> requests = kit.requests();
        assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsExactly(
                "/v25.0/" + PAGE_ID + "/feed", "/v25.0/" + POST_BAUSTELLE + "/comments",
                "/v25.0/" + POST_SOMMERFEST + "/comments");
        assertThat(requests.get(1).getUrl().queryParameter("filter")).isEqualTo("stream");
        assertThat(requests.get(1).getUrl().queryParameter("order")).isEqualTo("reverse_chronological");
        assertThat(requests.get(1).getUrl().queryParameter("fields")).contains("parent{id}", "from{id,name}");
    }

    @Test
    void aCommentAnswersThePostAndAReplyInsideASubThreadAnswersItsParent() {
        Map<String, InboundItem> items = byId(firstSync());

        InboundItem bench = items.get("122145678901234567_1476382033663918");
        assertThat(bench.kind()).isEqualTo(MessageKind.COMMENT);
        assertThat(bench.inReplyTo()).isEqualTo(POST_BAUSTELLE);
        assertThat(bench.threadKey()).isEqualTo(POST_BAUSTELLE);
        assertThat(bench.replyContext()).containsEntry("objectId", bench.externalId())
                .containsEntry("kind", "comment").containsEntry("replyTo", bench.externalId())
                .containsEntry("postId", POST_BAUSTELLE);

        InboundItem puddle = items.get("122145678901234567_1616874191767231");
        assertThat(puddle.inReplyTo()).isEqualTo("122145678901234567_1387295094041895");
        assertThat(puddle.threadKey()).isEqualTo(POST_BAUSTELLE);
        assertThat(puddle.replyContext()).containsEntry("replyTo", "122145678901234567_1387295094041895");
    }

    @Test
    void aCommentKeepsItsAuthorTimePermalinkAndPhoto() {
        InboundItem bench = byId(firstSync()).get("122145678901234567_1476382033663918");

        assertThat(bench.author().handle()).isEqualTo("2278055040645842");
        assertThat(bench.author().name()).isEqualTo("Jürgen Müller");
        assertThat(bench.fromOrganisation()).isFalse();
        assertThat(bench.createdAt()).isEqualTo(Instant.parse("2025-06-02T07:41:12Z")); // "+0000" read as UTC
        assertThat(bench.url()).isEqualTo("https://www.facebook.com/104512345678901/posts/122145678901234567/"
                + "?comment_id=1476382033663918");
        assertThat(bench.attachments()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("photo");
            assertThat(a.url()).startsWith("https://scontent.xx.fbcdn.net/v/t39.30808-6/565822127_");
        });
    }

    @Test
    void thePagesOwnPostsAreDeliveredAsTheOrganisationsPosts() {
        InboundItem post = byId(firstSync()).get(POST_BAUSTELLE);

        assertThat(post.kind()).isEqualTo(MessageKind.POST);
        assertThat(post.fromOrganisation()).isTrue();
        assertThat(post.author().handle()).isEqualTo(PAGE_ID);
        assertThat(post.threadKey()).isEqualTo(POST_BAUSTELLE);
        assertThat(post.inReplyTo()).isNull();
        assertThat(post.text()).startsWith("Baustelleninfo: Ab Montag ist die Lindenstraße").endsWith("🚧");
        assertThat(post.replyContext()).containsEntry("kind", "post").containsEntry("objectId", POST_BAUSTELLE);
    }

    @Test
    void anAuthorGraphWithholdsBecomesAFacebookUserOfThatCommentAlone() {
        InboundItem laptop = byId(firstSync()).get("122145111122223333_1621789220615948");

        assertThat(laptop.author().handle()).isEqualTo("facebook-user:122145111122223333_1621789220615948");
        assertThat(laptop.author().name()).isEqualTo("Facebook user");
        assertThat(laptop.fromOrganisation()).isFalse();
        assertThat(laptop.text()).contains("„Grüße aus Łódź“", "🙏🧑‍💻").hasSizeGreaterThan(800);
    }

    @Test
    void hostileOrOddTextStaysLiteralText() {
        InboundItem train = byId(firstSync()).get("122145678901234567_1465855015499750");
        assertThat(train.text()).isEqualTo("RE 7 nach Köln schon wieder 25 Min. Verspätung 😤 & keine Durchsage an"
                + " Gleis 3. Wer ist zuständig – Stadt oder Bahn? <Ironie>Top Service</Ironie>");

        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T08:00:00+0000")));
        kit.reply(200, "{\"data\":[{\"id\":\"122145678901234567_666\",\"created_time\":\"2025-06-02T08:00:00+0000\","
                + "\"from\":{\"id\":\"1\",\"name\":\"<img src=x onerror=alert(1)>\"},"
                + "\"message\":\"<script>alert('hi')</script> &amp; &lt;b&gt;\"}]}");
        InboundItem hostile = byId(connector.fetch("feed", null)).get("122145678901234567_666");
        assertThat(hostile.text()).isEqualTo("<script>alert('hi')</script> &amp; &lt;b&gt;");
        assertThat(hostile.author().name()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void pagingFollowsNextToTheEndAndStopsAtAnEmptyPageThatStillCarriesNext() {
        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T07:41:12+0000")));
        kit.reply("inbound_page1.json");
        kit.reply("inbound_page2.json");
        kit.reply("inbound_empty_with_next.json");
        kit.reply("page.json"); // would be a fourth comments page: must never be asked for

        FetchedPage page = connector.fetch("feed", null);

        // The threadKey is the post whose comments were asked for, whatever an id looks like.
        assertThat(page.items()).filteredOn(i -> i.kind() == MessageKind.COMMENT).hasSize(6)
                .allSatisfy(i -> assertThat(i.threadKey()).isEqualTo(POST_BAUSTELLE));
        List<RecordedRequest> requests = kit.requests();
        assertThat(requests).hasSize(4);
        assertThat(requests).extracting(r -> r.getUrl().queryParameter("after")).containsExactly(null, null,
                "4lOW-ksKuVnYwhuKLGSB3SY3l4CPV3dqgmdtpyUx", "McM8TdXjbNM1sr2VqIzGWgocuhFqC3sOtYrJp6VE");
        assertThat(requests.get(3).getUrl().encodedPath())
                .isEqualTo("/v23.0/104512345678901_122145678901234567/comments");
        assertThat(requests).allSatisfy(r -> assertThat(r.getUrl().queryParameter("access_token")).isNull());
    }

    @Test
    void aPagingLinkThatRepeatsIsNotFollowedAgain() {
        String self = "{\"data\":[{\"id\":\"122145678901234567_1\",\"created_time\":\"2025-06-02T08:00:00+0000\"}],"
                + "\"paging\":{\"next\":\"https://graph.facebook.com/v25.0/x/comments?after=SAME\"}}";
        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T08:00:00+0000")));
        kit.reply(200, self);
        kit.reply(200, self);
        kit.reply(200, self);

        connector.fetch("feed", null);

        assertThat(kit.requests()).hasSize(3); // feed, first page, the linked page once
    }

    @Test
    void rePollingWithNothingNewReturnsNothingAndQuietPostsCostNoCall() {
        FetchedPage first = firstSync();
        kit.requests();

        kit.reply("page_feed_page1.json");
        kit.reply("comments_baustelle.json");
        FetchedPage second = connector.fetch("feed", first.nextCursor());
        kit.reply("page_feed_page1.json");
        kit.reply("comments_baustelle.json");
        FetchedPage third = connector.fetch("feed", second.nextCursor());

        assertThat(second.items()).isEmpty();
        assertThat(third.items()).isEmpty();
        assertThat(third.nextCursor().length()).isLessThan(2000);
        // the summer-festival post has been quiet since 06:31: its comments are not asked for again
        assertThat(kit.requests()).extracting(r -> r.getUrl().encodedPath()).containsExactly(
                "/v25.0/" + PAGE_ID + "/feed", "/v25.0/" + POST_BAUSTELLE + "/comments",
                "/v25.0/" + PAGE_ID + "/feed", "/v25.0/" + POST_BAUSTELLE + "/comments");
    }

    @Test
    void theNextPollDeliversThePagesNewAnswerInsideTheCommentersThread() {
        FetchedPage first = firstSync();

        kit.reply("feed_after_answer.json");
        kit.reply("comments_baustelle_answered.json");
        FetchedPage next = connector.fetch("feed", first.nextCursor());

        // The post comes along again as the thread's root (the engine already has it and deduplicates).
        assertThat(next.items()).extracting(InboundItem::externalId)
                .containsExactly(POST_BAUSTELLE, "122145678901234567_1998877665544332");
        assertThat(next.items().get(1)).satisfies(answer -> {
            assertThat(answer.externalId()).isEqualTo("122145678901234567_1998877665544332");
            assertThat(answer.fromOrganisation()).isTrue();
            assertThat(answer.kind()).isEqualTo(MessageKind.COMMENT);
            assertThat(answer.inReplyTo()).isEqualTo("122145678901234567_1476382033663918");
            assertThat(answer.threadKey()).isEqualTo(POST_BAUSTELLE);
        });

        kit.reply("feed_after_answer.json");
        kit.reply("comments_baustelle_answered.json");
        assertThat(connector.fetch("feed", next.nextCursor()).items()).isEmpty();
    }

    @Test
    void aCommentWrittenInTheSameSecondAsTheNewestOneIsNotLost() {
        String t = "2025-06-02T08:00:00+0000";
        kit.reply(200, feedOf(post(POST_BAUSTELLE, t)));
        kit.reply(200, "{\"data\":[" + comment("122145678901234567_501", t) + "]}");
        FetchedPage first = connector.fetch("feed", null);

        // A second comment with the same created_time appears only after the first poll.
        kit.reply(200, feedOf(post(POST_BAUSTELLE, t)));
        kit.reply(200, "{\"data\":[" + comment("122145678901234567_502", t) + ","
                + comment("122145678901234567_501", t) + "]}");
        FetchedPage second = connector.fetch("feed", first.nextCursor());

        assertThat(first.items()).extracting(InboundItem::externalId)
                .containsExactly(POST_BAUSTELLE, "122145678901234567_501");
        assertThat(second.items()).extracting(InboundItem::externalId)
                .containsExactly(POST_BAUSTELLE, "122145678901234567_502");
    }

    @Test
    void aCommentThatShowsUpLateWithAnOlderTimeIsStillDelivered() {
        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T08:00:00+0000")));
        kit.reply(200, "{\"data\":[" + comment("122145678901234567_601", "2025-06-02T08:00:00+0000") + "]}");
        FetchedPage first = connector.fetch("feed", null);

        // Written at 07:58 on the same post while the first pass was reading another post.
        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T08:00:00+0000")));
        kit.reply(200, "{\"data\":[" + comment("122145678901234567_601", "2025-06-02T08:00:00+0000") + ","
                + comment("122145678901234567_602", "2025-06-02T07:58:00+0000") + "]}");

        assertThat(connector.fetch("feed", first.nextCursor()).items()).extracting(InboundItem::externalId)
                .containsExactly(POST_BAUSTELLE, "122145678901234567_602");
    }

    @Test
    void aVisitorsPostIsACaseWorthyPostWithItsAlbumPhotos() {
        kit.reply("feed_with_visitor_post.json");
        kit.reply("inbound_empty.json");
        kit.reply("inbound_empty.json");
        kit.reply("inbound_empty.json");

        Map<String, InboundItem> items = byId(connector.fetch("feed", null));

        InboundItem visitor = items.get("104512345678901_122146000000000001");
        assertThat(visitor.kind()).isEqualTo(MessageKind.POST);
        assertThat(visitor.fromOrganisation()).isFalse();
        assertThat(visitor.author().name()).isEqualTo("Marie Dubois-Kühn");
        assertThat(visitor.text()).isEqualTo("Seit drei Tagen liegt Sperrmüll am Wertstoffhof Nord neben den"
                + " Containern. Zwei Fotos anbei.\nWer räumt das weg?");
        assertThat(visitor.attachments()).extracting(a -> a.type() + " " + a.url()).containsExactly(
                "photo https://scontent.xx.fbcdn.net/v/sperrmuell_1_n.jpg?oh=00_a",
                "photo https://scontent.xx.fbcdn.net/v/sperrmuell_2_n.jpg?oh=00_b");
        assertThat(items.get("104512345678901_122146000000000002").author().name()).isEqualTo("Facebook user");
        assertThat(items.get(POST_BAUSTELLE).fromOrganisation()).isTrue();
    }

    @Test
    void aNewCommentUnderAnOldPostBringsThePostAlongSoTheThreadHasItsRoot() {
        String cursor = "{\"v\":1,\"since\":\"2025-06-02T07:00:00Z\",\"seen\":[]}";
        kit.reply(200, feedOf(post(POST_BAUSTELLE, "2025-06-02T08:10:00+0000")));
        kit.reply(200, "{\"data\":[" + comment("122145678901234567_701", "2025-06-02T08:10:00+0000") + "]}");

        FetchedPage page = connector.fetch("feed", cursor);

        assertThat(page.items()).extracting(InboundItem::externalId)
                .containsExactly(POST_BAUSTELLE, "122145678901234567_701");
    }

    static String feedOf(String... posts) {
        return "{\"data\":[" + String.join(",", posts) + "]}";
    }

    /** One of the page's posts, created 2025-05-30, last active at {@code updated}. */
    static String post(String id, String updated) {
        return "{\"id\":\"" + id + "\",\"created_time\":\"2025-05-30T09:00:00+0000\",\"updated_time\":\"" + updated
                + "\",\"message\":\"Baustelleninfo\",\"from\":{\"id\":\"" + PAGE_ID
                + "\",\"name\":\"Stadt Beispielstadt\"}}";
    }

    static String comment(String id, String created) {
        return "{\"id\":\"" + id + "\",\"created_time\":\"" + created + "\",\"message\":\"Kommentar " + id + "\","
                + "\"from\":{\"id\":\"2208852691340221\",\"name\":\"Anna Schäfer\"}}";
    }
}
