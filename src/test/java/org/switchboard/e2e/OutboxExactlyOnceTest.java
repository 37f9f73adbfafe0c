package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.FixtureServer.get;
import static org.switchboard.e2e.FixtureServer.noQuery;
import static org.switchboard.e2e.FixtureServer.post;
import static org.switchboard.e2e.FixtureServer.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.e2e.ReplySim.Fault;
import org.switchboard.service.replies.Release;

/**
 * The outbox against local servers speaking Mastodon's, Bluesky's and the Graph API's shapes, which lose the
 * answer to an accepted post, throttle, refuse and stall: every released reply appears exactly once, and
 * every failure is told in words with nothing lost.
 */
class OutboxExactlyOnceTest {
    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private OutboxBed bed;

    @AfterEach
    void stop() {
        if (bed != null) {
            bed.close();
        }
        server.close();
    }

    // ---- answer lost after the platform accepted the post ----

    @Test
    void mastodonRetriesALostAnswerWithTheSameIdempotencyKeyAndPostsOnce() throws Exception {
        MastodonSim sim = mastodon();
        sim.plan(Fault.DROP_ANSWER);
        OutboxEntry entry = release(publicInbound().getFirst(), "Danke, der Baubetriebshof repariert die Bank.");

        bed.ws.outbox().flush(Duration.ofMinutes(5));

        OutboxEntry done = bed.ws.outbox().find(entry.id());
        assertThat(done.state()).as(done.lastError()).isEqualTo(State.SENT);
        assertThat(sim.createRequests).as("sent twice, with one key").isEqualTo(2);
        assertThat(sim.creates()).as("posted once").isEqualTo(1);
        assertThat(done.externalId()).isEqualTo(sim.created.getFirst().id());
        assertThat(outboundOn(done.caseId())).extracting(Message::externalId).containsExactly(done.externalId());
    }

    @Test
    void mastodonReadsBackItsOwnStatusesWhenTheKeyHasExpired() throws Exception {
        MastodonSim sim = mastodon();
        sim.plan(Fault.DROP_ANSWER);
        OutboxEntry entry = release(publicInbound().getFirst(), "Der Spielplatz wird am Montag gereinigt.");
        bed.ws.outbox().deliverDue();
        OutboxEntry waiting = bed.ws.outbox().find(entry.id());
        assertThat(waiting.state()).isEqualTo(State.QUEUED);
        assertThat(waiting.lastError()).contains("checks whether the reply already arrived");

        bed.clock.advance(Duration.ofHours(2)); // offline for two hours: Mastodon forgot the key meanwhile
        bed.ws.outbox().deliverDue();

        OutboxEntry done = bed.ws.outbox().find(entry.id());
        assertThat(done.state()).isEqualTo(State.SENT);
        assertThat(sim.createRequests).as("found by read-back, not sent again").isEqualTo(1);
        assertThat(done.externalId()).isEqualTo(sim.created.getFirst().id());
    }

    @Test
    void blueskyFindsALostPostUnderItsRecordKeyAndPostsOnce() throws Exception {
        BlueskySim sim = bluesky();
        sim.plan(Fault.DROP_ANSWER);
        Message target = publicInbound().getFirst();
        OutboxEntry entry = release(target, "Danke! Die Straßenlaterne ist gemeldet.");

        bed.ws.outbox().flush(Duration.ofMinutes(5));

        OutboxEntry done = bed.ws.outbox().find(entry.id());
        assertThat(done.state()).as(done.lastError()).isEqualTo(State.SENT);
        assertThat(sim.creates()).isEqualTo(1);
        assertThat(sim.createsPerKey.values()).containsOnly(1);
        assertThat(done.externalId()).isEqualTo(sim.created.getFirst().id()).startsWith("at://");
        assertThat(outboundOn(done.caseId())).hasSize(1);
    }

    @Test
    void facebookReadsBackThePagesCommentsBeforeRetryingAndPostsOnce() throws Exception {
        FacebookSim sim = facebook();
        sim.plan(Fault.DROP_ANSWER);
        OutboxEntry entry = release(publicInbound().getFirst(), "Danke für den Hinweis, die Baustelle ist gesichert.");

        bed.ws.outbox().deliverDue();
        assertThat(bed.ws.outbox().find(entry.id()).state()).isEqualTo(State.QUEUED);
        bed.ws.outbox().flush(Duration.ofMinutes(5));

        OutboxEntry done = bed.ws.outbox().find(entry.id());
        assertThat(done.state()).as(done.lastError()).isEqualTo(State.SENT);
        assertThat(sim.createRequests).as("the retry found the comment and did not post").isEqualTo(1);
        assertThat(done.externalId()).isEqualTo(sim.created.getFirst().id());
        assertThat(outboundOn(done.caseId())).hasSize(1);
    }

    // ---- refusals, expired tokens, throttling ----

    @Test
    void aTextThePlatformRefusesFailsWithItsWordsAndTheDraftIsEditableAgain() throws Exception {
        MastodonSim sim = mastodon();
        sim.refuse(ReplySim.json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}"));
        String text = "Sehr geehrte Frau Müller, " + "ausführlich ".repeat(50);
        OutboxEntry entry = release(publicInbound().getFirst(), text);

        bed.ws.outbox().deliverDue();

        OutboxEntry failed = bed.ws.outbox().find(entry.id());
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.lastError()).startsWith("Not sent:").contains("character limit of 500");
        assertThat(failed.failureKind()).isIn("PLATFORM_RULES", "CLIENT_ERROR");
        Draft draft = bed.ws.drafts().find(entry.draftId());
        assertThat(draft.state()).isEqualTo(Draft.State.EDITING);
        assertThat(draft.text()).isEqualTo(text);
        assertThat(sim.creates()).isZero();
    }

    @Test
    void aBlockedUserIsReportedInWordsAndNothingIsPosted() throws Exception {
        FacebookSim sim = facebook();
        sim.refuse(ReplySim.json(400, "{\"error\":{\"message\":\"(#10903) This user can't reply to this activity "
                + "because they have blocked the Page.\",\"type\":\"OAuthException\",\"code\":10903}}"));
        OutboxEntry entry = release(publicInbound().getFirst(), "Wir kümmern uns darum.");

        bed.ws.outbox().deliverDue();

        OutboxEntry failed = bed.ws.outbox().find(entry.id());
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.lastError()).contains("blocked the Page").contains("back in the draft");
        assertThat(sim.creates()).isZero();
    }

    @Test
    void aMessengerReplyOutsideThe24HourWindowFailsWithTheReason() throws Exception {
        facebook();
        Message dm = bed.inbound().stream().filter(m -> m.kind().isPrivate()).findFirst().orElseThrow();
        bed.clock.advance(Duration.ofDays(30));
        Draft d = bed.ws.drafts().save(dm.caseId(), ReplyChannel.DIRECT, "Ist das Problem noch aktuell?", dm.id());
        Release r = bed.ws.outbox().release(d.id(), true);
        OutboxEntry entry = ((Release.Queued) r).entry();

        bed.ws.outbox().deliverDue();

        OutboxEntry failed = bed.ws.outbox().find(entry.id());
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.lastError()).contains("24-hour");
        assertThat(failed.failureKind()).isIn("PLATFORM_RULES", "CLIENT_ERROR");
    }

    @Test
    void anExpiredTokenNeedsAttentionAndKeepsTheText() throws Exception {
        MastodonSim sim = mastodon();
        sim.refuse(ReplySim.json(401, "{\"error\":\"The access token was revoked\"}"));
        OutboxEntry entry = release(publicInbound().getFirst(), "Die Ampel wird heute noch geprüft. 🚦");

        bed.ws.outbox().deliverDue();

        OutboxEntry held = bed.ws.outbox().find(entry.id());
        assertThat(held.state()).isEqualTo(State.NEEDS_ATTENTION);
        assertThat(held.lastError()).contains("Reconnect the account").contains("Stadt Mastodon");
        assertThat(held.text()).isEqualTo("Die Ampel wird heute noch geprüft. 🚦");
        assertThat(bed.ws.drafts().find(entry.draftId()).text()).isEqualTo("Die Ampel wird heute noch geprüft. 🚦");

        // reconnected: retry sends it once
        bed.ws.outbox().retry(entry.id());
        bed.ws.outbox().deliverDue();
        assertThat(bed.ws.outbox().find(entry.id()).state()).isEqualTo(State.SENT);
        assertThat(sim.creates()).isEqualTo(1);
    }

    @Test
    void throttlingAtRandomDelaysRepliesButEachIsSentOnce() throws Exception {
        MastodonSim sim = mastodon();
        sim.chaos(11, 0, 0.5);
        List<OutboxEntry> entries = releaseMany(10, "Antwort");

        bed.ws.outbox().flush(Duration.ofHours(3));

        assertAllSentOnce(entries, sim);
    }

    // ---- many replies against a server that drops answers and throttles at random ----

    @Test
    void thirtyRepliesToAFlakyMastodonAppearExactlyOnce() throws Exception {
        MastodonSim sim = mastodon();
        sim.chaos(7, 0.3, 0.2);
        List<OutboxEntry> entries = releaseMany(30, "Mastodon-Antwort");

        bed.ws.outbox().flush(Duration.ofHours(6));

        assertAllSentOnce(entries, sim);
    }

    @Test
    void thirtyRepliesToAFlakyFacebookAppearExactlyOnce() throws Exception {
        FacebookSim sim = facebook();
        sim.chaos(5, 0.3, 0.2);
        List<OutboxEntry> entries = releaseMany(30, "Facebook-Antwort");

        bed.ws.outbox().flush(Duration.ofHours(6));

        assertAllSentOnce(entries, sim);
    }

    @Test
    void thirtyRepliesToAFlakyBlueskyAppearExactlyOnce() throws Exception {
        BlueskySim sim = bluesky();
        sim.chaos(3, 0.3, 0.2);
        List<OutboxEntry> entries = releaseMany(30, "Bluesky-Antwort");

        bed.ws.outbox().flush(Duration.ofHours(6));

        assertAllSentOnce(entries, sim);
    }

    // ---- in the background ----

    @Test
    void theWindowsSchedulerDeliversDueRepliesAfterASyncRound() throws Exception {
        MastodonSim sim = mastodon();
        sim.plan(Fault.SERVER_ERROR);
        OutboxEntry entry = release(publicInbound().getFirst(), "Die Bank wird am Freitag repariert.");
        bed.ws.outbox().deliverDue();
        assertThat(bed.ws.outbox().find(entry.id()).state()).isEqualTo(State.QUEUED);
        bed.clock.advance(Duration.ofSeconds(10));

        java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(1);
        try (AutoCloseable sub = bed.ws.events().subscribe(e -> {
            if (e instanceof org.switchboard.service.events.Event.OutboxChanged o && o.state() == State.SENT) {
                sent.countDown();
            }
        })) {
            bed.ws.scheduler().syncNow();
            assertThat(sent.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("delivered in the background").isTrue();
        }
        assertThat(bed.ws.outbox().find(entry.id()).state()).isEqualTo(State.SENT);
        assertThat(sim.creates()).isEqualTo(1);
    }

    @Test
    void whenThePlatformAnswersAgainRepliesWaitingOnTheNetworkGoAtOnceButThrottledOnesKeepTheirTime()
            throws Exception {
        MastodonSim sim = mastodon();
        List<Message> targets = publicInbound();
        sim.throttleReset = Duration.ofHours(1);
        sim.plan(Fault.THROTTLE);
        OutboxEntry throttled = release(targets.get(0), "Antwort, die auf Mastodons Freigabe warten muss.");
        bed.ws.outbox().deliverDue();
        OutboxEntry waiting = bed.ws.outbox().find(throttled.id());
        assertThat(waiting.state()).isEqualTo(State.QUEUED);

        bed.ws.outbox().accountReachable(throttled.accountId());
        assertThat(bed.ws.outbox().find(throttled.id()).nextAttemptAt()).as("waits for the platform's reset")
                .isEqualTo(waiting.nextAttemptAt());
        assertThat(sim.createRequests).isEqualTo(1);

        bed.clock.advance(Duration.ofHours(1).plusSeconds(1));
        bed.ws.outbox().deliverDue();
        assertThat(bed.ws.outbox().find(throttled.id()).state()).isEqualTo(State.SENT);

        sim.plan(Fault.DROP_ANSWER);
        OutboxEntry lost = release(targets.get(1 % targets.size()), "Antwort, deren Bestätigung verloren ging.");
        bed.ws.outbox().deliverDue();
        assertThat(bed.ws.outbox().find(lost.id()).nextAttemptAt()).isAfter(bed.clock.instant());

        bed.ws.outbox().accountReachable(lost.accountId()); // the clock stands still: only this makes it due

        assertThat(bed.ws.outbox().find(lost.id()).state()).isEqualTo(State.SENT);
        assertThat(sim.creates()).isEqualTo(2);
    }

    // ---- helpers ----

    private void assertAllSentOnce(List<OutboxEntry> entries, ReplySim sim) {
        List<OutboxEntry> after = entries.stream().map(e -> bed.ws.outbox().find(e.id())).toList();
        assertThat(after).allSatisfy(e -> assertThat(e.state()).as(e.lastError()).isEqualTo(State.SENT));
        assertThat(sim.creates()).as("one post per reply").isEqualTo(entries.size());
        assertThat(sim.createRequests).as("the server did lose answers or throttle").isGreaterThan(entries.size());
        assertThat(sim.createsPerKey.values()).as("no key posted twice").containsOnly(1);
        assertThat(sim.created).extracting(ReplySim.Created::text).doesNotHaveDuplicates();
        long outbound = after.stream().map(OutboxEntry::caseId).distinct()
                .mapToLong(c -> outboundOn(c).size()).sum();
        assertThat(outbound).as("each recorded once on its case").isEqualTo(entries.size());
    }

    /** Releases {@code n} replies spread over the public messages, several rounds per case. */
    private List<OutboxEntry> releaseMany(int n, String prefix) {
        List<Message> targets = publicInbound();
        List<OutboxEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(release(targets.get(i % targets.size()), prefix + " Nr. " + (i + 1) + ": wir kümmern uns."));
        }
        return out;
    }

    private OutboxEntry release(Message target, String text) {
        Draft d = bed.ws.drafts().save(target.caseId(), ReplyChannel.PUBLIC, text, target.id());
        Release r = bed.ws.outbox().release(d.id(), false);
        assertThat(r).isInstanceOf(Release.Queued.class);
        return ((Release.Queued) r).entry();
    }

    private List<Message> publicInbound() {
        List<Message> m = bed.inbound().stream().filter(x -> !x.kind().isPrivate()).toList();
        assertThat(m).isNotEmpty();
        return m;
    }

    private List<Message> outboundOn(long caseId) {
        return bed.ws.cases().open(caseId).messages().stream().filter(m -> m.direction() == Direction.OUT).toList();
    }

    private MastodonSim mastodon() throws Exception {
        FixtureServer fixtures = new FixtureServer("mastodon")
                .always(get("/api/v1/accounts/verify_credentials"), "verify_credentials.json")
                .always(get("/api/v1/notifications").and(query("max_id", "4711233")), "inbound_page2.json")
                .always(get("/api/v1/notifications").and(query("min_id", "4711240")), "inbound_empty.json")
                .always(get("/api/v1/notifications").and(noQuery("min_id")).and(noQuery("max_id")), "inbound_page1.json")
                .always(get("/api/v1/conversations").and(noQuery("min_id")), "conversations_page1.json")
                .always(get("/api/v1/conversations"), "inbound_empty.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/history"), "status_history.json");
        bed = new OutboxBed(dir.resolve("data"));
        MastodonSim sim = new MastodonSim(fixtures, bed.clock);
        start(sim);
        bed.account(Platform.MASTODON, "Stadt Mastodon", Map.of("instance", server.url("/").toString()),
                "masto-token-outbox-1234567890");
        syncOnce();
        return sim;
    }

    private BlueskySim bluesky() throws Exception {
        FixtureServer fixtures = new FixtureServer("bluesky")
                .always(post("/xrpc/com.atproto.server.createSession"), "createSession_response.json")
                .always(get("/xrpc/com.atproto.server.getSession"), "getSession_response.json")
                .always(get("/xrpc/app.bsky.notification.listNotifications")
                        .and(query("cursor", "2025-06-02T06:31:31.540Z")), "inbound_page2.json")
                .always(get("/xrpc/app.bsky.notification.listNotifications")
                        .and(query("cursor", "2025-06-01T15:03:10.010Z")), "inbound_empty.json")
                .always(get("/xrpc/app.bsky.notification.listNotifications").and(noQuery("cursor")),
                        "inbound_page1.json")
                .always(get("/xrpc/app.bsky.feed.getPosts"), "getPosts_response.json")
                .always(get("/xrpc/chat.bsky.convo.listConvos"), "chat_listConvos_response.json")
                .once(get("/xrpc/chat.bsky.convo.getMessages"), "chat_getMessages_response.json")
                .always(get("/xrpc/chat.bsky.convo.getMessages"), "inbound_empty.json");
        bed = new OutboxBed(dir.resolve("data"));
        BlueskySim sim = new BlueskySim(fixtures, bed.clock);
        start(sim);
        bed.account(Platform.BLUESKY, "Stadt Bluesky", Map.of("service", server.url("/").toString(),
                "identifier", "beispielstadt.bsky.social"), "xxxx-app-pass-outbox-9876");
        syncOnce();
        return sim;
    }

    private FacebookSim facebook() throws Exception {
        String page = FacebookSim.PAGE;
        FixtureServer fixtures = new FixtureServer("facebook")
                .always(get("/v25.0/" + page), "page.json")
                .always(get("/v25.0/" + page + "/feed"), "page_feed_page1.json")
                .always(get("/v25.0/104512345678901_122145678901234567/comments"), "comments_baustelle.json")
                .always(get("/v25.0/104512345678901_122145111122223333/comments"), "comments_sommerfest.json")
                .always(get("/v25.0/" + page + "/conversations"), "messenger_conversations_page1.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/messages"), "messenger_messages_page2.json");
        bed = new OutboxBed(dir.resolve("data"));
        FacebookSim sim = new FacebookSim(fixtures, bed.clock);
        start(sim);
        bed.account(Platform.FACEBOOK, "Stadt Facebook", Map.of("pageId", page, "graphUrl",
                server.url("/").toString()), "EAABpageTokenOutbox55");
        syncOnce();
        return sim;
    }

    private void start(ReplySim sim) throws Exception {
        server.setDispatcher(sim);
        server.start();
    }

    private void syncOnce() {
        var results = bed.ws.sync().syncOnce(null);
        assertThat(results).allSatisfy(r -> assertThat(r.failed()).as(r.error()).isFalse());
    }
}
