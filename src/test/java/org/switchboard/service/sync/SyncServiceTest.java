package org.switchboard.service.sync;

import org.switchboard.testing.MemorySecretStore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Account;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.store.Database;

/** The sync engine against a real H2 workspace and a scripted platform. */
class SyncServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private final Map<String, ScriptedConnector> platforms = new HashMap<>();

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        ws = AppContext.wire(dir, Database.openEmbedded(dir), clock, new OkHttpClient(), d -> { }, MemorySecretStore.open(),
                connectors -> connectors.register(Platform.MASTODON,
                        (http, account, secrets) -> platforms.get(account.name())));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void everyItemArrivesOnceAcrossRepeatedSyncs() {
        ScriptedConnector city = platform("City").stream("mentions", mention("1", "anna", "Bank kaputt", 0),
                mention("2", "ben", "Laterne aus", 1), mention("3", "cem", "Müll", 2));
        var first = ws.sync().syncOnce(null);
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.newItems()).isEqualTo(3);
            assertThat(r.pages()).isEqualTo(2);
            assertThat(r.state()).isEqualTo(AccountStatus.State.OK);
        });
        var second = ws.sync().syncOnce(null);
        assertThat(second.getFirst().newItems()).isZero();
        assertThat(city.calls).containsExactly("mentions@null", "mentions@2", "mentions@3");
        assertThat(rows()).hasSize(3);

        city.stream("mentions", mention("4", "anna", "Und die Pfütze?", 3));
        assertThat(ws.sync().syncOnce("City").getFirst().newItems()).isEqualTo(1);
        assertThat(rows()).as("anna's second mention is a new concern: its own case").hasSize(4);
    }

    @Test
    void aFailureMidStreamKeepsWhatWasStoredAndTheCursorBeforeTheFailure() {
        ScriptedConnector city = platform("City").stream("mentions", mention("1", "a", "eins", 0),
                mention("2", "b", "zwei", 1), mention("3", "c", "drei", 2), mention("4", "d", "vier", 3));
        city.pageSize = 2;
        city.failOnCall.put(2, new ConnectorException(Kind.NETWORK, "connection reset"));
        var r = ws.sync().syncOnce(null).getFirst();
        assertThat(r.newItems()).isEqualTo(2);
        assertThat(r.state()).isEqualTo(AccountStatus.State.OFFLINE);
        assertThat(r.failed()).isTrue();
        assertThat(rows()).hasSize(2);

        var again = ws.sync().syncOnce(null).getFirst();
        assertThat(again.newItems()).isEqualTo(2);
        assertThat(city.calls).as("the second pass resumes after the stored page")
                .containsExactly("mentions@null", "mentions@2", "mentions@2");
        assertThat(rows()).hasSize(4);
        assertThat(ws.sync().status(account("City").id()).state()).isEqualTo(AccountStatus.State.OK);
    }

    @Test
    void repliesJoinTheirThreadAndOurRepliesAreStoredAsOutbound() {
        platform("City").stream("mentions",
                item("p1", "anna", "Bank im Rosengarten kaputt", 0, null, "p1", MessageKind.MENTION, false),
                item("r1", "city", "Danke, wir geben es weiter", 1, "p1", "p1", MessageKind.REPLY, true),
                item("p2", "anna", "Und wann?", 2, "r1", "p1", MessageKind.MENTION, false),
                item("c1", "ben", "Ich sehe das auch so", 3, "p1", "p1", MessageKind.COMMENT, false));
        ws.sync().syncOnce(null);
        List<QueueRow> rows = rows();
        assertThat(rows).singleElement();
        CaseDetail d = ws.cases().open(rows.getFirst().id());
        assertThat(d.messages()).extracting(m -> m.externalId()).containsExactly("p1", "r1", "p2", "c1");
        assertThat(d.messages().get(1).direction().id()).isEqualTo("out");
        assertThat(d.messages().get(3).author()).isEqualTo("ben");
        assertThat(rows.getFirst().waitingSince()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void commentsUnderOurOwnPostEachStartACaseAndSubThreadsJoinThem() {
        platform("City").stream("feed",
                item("post", "city", "Baustelle ab Montag", 0, null, "post", MessageKind.POST, true),
                item("c1", "anna", "Und die Umleitung?", 1, "post", "post", MessageKind.COMMENT, false),
                item("c2", "ben", "Wie lange?", 2, "post", "post", MessageKind.COMMENT, false),
                item("c1r", "cem", "@anna über die Kaistraße", 3, "c1", "post", MessageKind.COMMENT, false));
        ws.sync().syncOnce(null);
        List<QueueRow> rows = rows();
        assertThat(rows).hasSize(2);
        QueueRow anna = rows.stream().filter(r -> r.contactName().equals("anna")).findFirst().orElseThrow();
        assertThat(anna.messageCount()).isEqualTo(2);
    }

    @Test
    void directMessagesJoinTheirConversation() {
        platform("City").stream("conversations",
                item("d1", "lena", "Laptop in Linie 5 vergessen", 0, null, "conv-9", MessageKind.DIRECT, false),
                item("d2", "city", "Welche Farbe?", 1, null, "conv-9", MessageKind.DIRECT, true),
                item("d3", "lena", "Grau, mit Aufkleber", 2, null, "conv-9", MessageKind.DIRECT, false));
        ws.sync().syncOnce(null);
        assertThat(rows()).singleElement().satisfies(r -> assertThat(r.messageCount()).isEqualTo(3));
    }

    @Test
    void anEditUpdatesTheMessageAndKeepsWhatItSaidBefore() {
        ScriptedConnector city = platform("City").stream("mentions", mention("1", "anna", "Bank kaput", 0));
        ws.sync().syncOnce(null);
        // the platform delivers the item again after an edit (Mastodon "update", a re-poll after a lost cursor)
        city.stream("mentions", new InboundItem("1", MessageKind.MENTION, false, new Author("anna", null, null),
                "Bank kaputt (korrigiert)", null, T0, T0.plusSeconds(300), List.of(), null, null, "1", List.of(),
                Map.of()));
        var r = ws.sync().syncOnce(null).getFirst();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.newItems()).isZero();
        var m = ws.cases().open(rows().getFirst().id()).messages().getFirst();
        assertThat(m.text()).isEqualTo("Bank kaputt (korrigiert)");
        assertThat(m.editedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(m.history()).containsExactly(new MessageEdit("Bank kaput", T0));
    }

    @Test
    void anExpiredTokenAsksForReconnectionAndTheOtherAccountsGoOn() {
        platform("Expired").failNext("mentions", new ConnectorException(Kind.AUTH_EXPIRED,
                "Mastodon no longer accepts the stored token. Reconnect the account.")).stream("mentions");
        platform("Fine").stream("mentions", mention("x1", "zoe", "Hallo", 0));
        var results = ws.sync().syncOnce(null);
        assertThat(results).extracting(AccountSyncResult::state)
                .containsExactlyInAnyOrder(AccountStatus.State.RECONNECT_NEEDED, AccountStatus.State.OK);
        assertThat(results.stream().filter(r -> r.name().equals("Expired")).findFirst().orElseThrow().error())
                .contains("Reconnect");
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aRateLimitDefersTheAccountUntilTheAnnouncedReset() {
        Instant reset = T0.plus(Duration.ofHours(3));
        platform("Busy").failNext("mentions", new ConnectorException(Kind.RATE_LIMITED, "wait", reset, 429, null))
                .stream("mentions", mention("1", "a", "b", 0));
        var r = ws.sync().syncOnce(null).getFirst();
        assertThat(r.state()).isEqualTo(AccountStatus.State.RATE_LIMITED);
        assertThat(r.failed()).as("deferred, not failed").isFalse();
        assertThat(ws.sync().status(account("Busy").id()).nextSyncAt()).isEqualTo(reset);
    }

    @Test
    void aStreamTheTokenMayNotReadIsAWarningWhenTheOthersSync() {
        platform("Sky").stream("notifications", mention("n1", "a", "hi", 0)).stream("chat")
                .failNext("chat", new ConnectorException(Kind.PERMISSION, "This app password cannot read direct messages"));
        var r = ws.sync().syncOnce(null).getFirst();
        assertThat(r.state()).isEqualTo(AccountStatus.State.OK);
        assertThat(r.error()).contains("direct messages");
        assertThat(r.newItems()).isEqualTo(1);
    }

    @Test
    void theSchedulerSyncsWhatIsDueAndLeavesAccountsThatNeedAPersonAlone() {
        ScriptedConnector fine = platform("Fine").stream("mentions", mention("1", "a", "x", 0));
        platform("Expired").failNext("mentions", new ConnectorException(Kind.AUTH_EXPIRED, "reconnect"))
                .stream("mentions");
        SyncScheduler scheduler = ws.scheduler();
        scheduler.runDue(false);
        assertThat(fine.calls).hasSize(1);
        assertThat(ws.sync().status(account("Expired").id()).state()).isEqualTo(AccountStatus.State.RECONNECT_NEEDED);

        int expiredCalls = platforms.get("Expired").calls.size();
        scheduler.runDue(false); // the clock stands still: nothing is due again yet
        assertThat(fine.calls).hasSize(1);
        scheduler.runDue(true); // "Sync now"
        assertThat(fine.calls).hasSize(2);
        assertThat(platforms.get("Expired").calls).as("an account that needs reconnecting is not hammered")
                .hasSize(expiredCalls);
    }

    @Test
    void failuresBackOffUpToFiveMinutes() {
        assertThat(SyncService.retryAfterFailures(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SyncService.retryAfterFailures(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SyncService.retryAfterFailures(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(SyncService.retryAfterFailures(9)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anOfflineAccountWaitsLongerEachTimeAndRecoversByItself() {
        ScriptedConnector c = platform("Flaky").stream("mentions", mention("1", "a", "x", 0));
        c.failOnCall.put(1, new ConnectorException(Kind.NETWORK, "no route"));
        c.failOnCall.put(2, new ConnectorException(Kind.NETWORK, "no route"));
        Instant now = T0.plus(Duration.ofHours(2));
        ws.sync().syncOnce(null);
        assertThat(ws.sync().status(account("Flaky").id()).nextSyncAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        ws.sync().syncOnce(null);
        AccountStatus second = ws.sync().status(account("Flaky").id());
        assertThat(second.state()).isEqualTo(AccountStatus.State.OFFLINE);
        assertThat(second.nextSyncAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        ws.sync().syncOnce(null);
        AccountStatus back = ws.sync().status(account("Flaky").id());
        assertThat(back.state()).isEqualTo(AccountStatus.State.OK);
        assertThat(back.failuresInARow()).isZero();
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aReplyGoesOutOnTheCustomersChannelAndIsRecordedOnce() {
        ScriptedConnector c = platform("City").stream("mentions",
                item("m1", "anna", "Bank kaputt", 0, null, "m1", MessageKind.MENTION, false),
                item("d1", "ben", "Privat: Laptop verloren", 1, null, "conv-1", MessageKind.DIRECT, false));
        ws.sync().syncOnce(null);
        QueueRow anna = rows().stream().filter(r -> r.contactName().equals("anna")).findFirst().orElseThrow();
        QueueRow ben = rows().stream().filter(r -> r.contactName().equals("ben")).findFirst().orElseThrow();

        var sent = ws.replies().reply(anna.id(), "Danke, der Grünflächenamt-Trupp kommt am Dienstag.", null);
        assertThat(c.replies).singleElement().satisfies(r -> {
            assertThat(r.channel()).isEqualTo(org.switchboard.domain.ReplyChannel.PUBLIC);
            assertThat(r.inReplyToExternalId()).isEqualTo("m1");
            assertThat(r.replyContext()).containsEntry("visibility", "public");
            assertThat(r.recipientHandle()).isEqualTo("anna");
        });
        assertThat(sent.direction().id()).isEqualTo("out");
        ws.replies().reply(ben.id(), "Wir fragen beim Fundbüro nach.", null);
        assertThat(c.replies.get(1).channel()).isEqualTo(org.switchboard.domain.ReplyChannel.DIRECT);

        // the platform later reports our own reply: stored once
        c.stream("mentions", item("reply-1", "city", "Danke, der Grünflächenamt-Trupp kommt am Dienstag.", 5, "m1",
                "m1", MessageKind.REPLY, true));
        ws.sync().syncOnce(null);
        CaseDetail d = ws.cases().open(anna.id());
        assertThat(d.messages()).extracting(m -> m.externalId()).containsExactly("m1", "reply-1");
        assertThat(rows().stream().filter(r -> r.id() == anna.id()).findFirst().orElseThrow().waitingSince())
                .as("answered: nobody waits").isNull();
    }

    @Test
    void aRefusedReplyRecordsNothing() {
        ScriptedConnector c = platform("City").stream("mentions", mention("m1", "anna", "Hallo", 0));
        ws.sync().syncOnce(null);
        c.replyFailure = new ConnectorException(Kind.CLIENT_ERROR, "Mastodon refused the request: Text too long");
        long id = rows().getFirst().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ws.replies().reply(id, "x".repeat(600), null))
                .hasMessageContaining("too long");
        assertThat(ws.cases().open(id).messages()).hasSize(1);
    }

    @Test
    void demoAccountsNeverSync() {
        ws.demo().load();
        assertThat(ws.sync().syncOnce(null)).isEmpty();
    }

    @Test
    void aSyncedMessageBecomesSearchableWithinTheRefreshIntervalWithoutAnyoneWaitingForTheIndexer() {
        platform("City").stream("mentions", mention("1", "anna", "Schlagloch in der Goethestraße", 0));
        ws.sync().syncOnce(null);
        // ADR 0016: indexed on the indexer thread, searchable at the next refresh (at most a second later).
        // The deadline only keeps a broken build from hanging; it is not a performance assertion.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<org.switchboard.domain.search.SearchHit> hits = List.of();
        while (hits.isEmpty() && System.nanoTime() < deadline) {
            hits = ws.search().search("Schlagloch", 10);
            if (hits.isEmpty()) {
                sleepBriefly();
            }
        }
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.caseId()).isEqualTo(rows().getFirst().id()));
        assertThat(ws.search().search("anna", 10)).as("a new case brings its contact into the index too")
                .anySatisfy(h -> assertThat(h.kind()).isEqualTo(org.switchboard.domain.search.SearchDocument.Kind.CONTACT));
    }

    @Test
    void aStatusChangeByTheCustomersAnswerReindexesTheWholeCase() {
        ScriptedConnector city = platform("City").stream("mentions", mention("1", "anna", "Bank kaputt", 0));
        ws.sync().syncOnce(null);
        long id = rows().getFirst().id();
        ws.cases().setStatus(id, CaseStatus.WAITING_CUSTOMER);
        ws.search().awaitIndexed();
        assertThat(ws.search().search("Bank status:WAITING_CUSTOMER", 10)).hasSize(1);

        city.stream("mentions", item("2", "anna", "Immer noch kaputt", 5, "1", "1", MessageKind.REPLY, false));
        ws.sync().syncOnce(null);
        ws.search().awaitIndexed();
        assertThat(ws.cases().open(id).kase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(ws.search().search("Bank status:OPEN", 10)).as("the earlier message carries the new status")
                .singleElement().satisfies(h -> assertThat(h.caseId()).isEqualTo(id));
        assertThat(ws.search().search("Immer status:OPEN", 10)).hasSize(1);
    }

    @Test
    void aPageThatAnswersAndRepeatsItsOwnItemsIsStoredAsOneItemAtATimeWouldBe() {
        ScriptedConnector city = platform("City").stream("mentions",
                mention("1", "anna", "Bank kaput", 0),
                item("2", "city", "Danke!", 1, "1", "1", MessageKind.REPLY, true),
                item("3", "anna", "Bitte schnell", 2, "2", "1", MessageKind.REPLY, false),
                mention("4", "ben", "Laterne aus", 3),
                item("5", "anna", "Und die Bank am Markt auch", 4, null, "5", MessageKind.MENTION, false),
                new InboundItem("1", MessageKind.MENTION, false, new Author("anna", null, null), "Bank kaputt", null,
                        T0, T0.plusSeconds(600), List.of(), null, null, "1", List.of(), Map.of()));
        city.pageSize = 10;
        var r = ws.sync().syncOnce(null).getFirst();
        assertThat(r.newItems()).isEqualTo(5);
        assertThat(r.updated()).as("the same item again in the same page is an edit").isEqualTo(1);
        List<QueueRow> rows = rows();
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(QueueRow::contactName).containsOnly("anna", "ben");
        assertThat(rows.stream().map(QueueRow::contactId).distinct()).as("anna is one contact").hasSize(2);
        QueueRow thread = rows.stream().filter(x -> x.messageCount() == 3).findFirst().orElseThrow();
        var messages = ws.cases().open(thread.id()).messages();
        assertThat(messages).extracting(m -> m.externalId()).containsExactly("1", "2", "3");
        assertThat(messages.getFirst().text()).isEqualTo("Bank kaputt");
        assertThat(messages.getFirst().history()).containsExactly(new MessageEdit("Bank kaput", T0));
        assertThat(ws.cases().open(thread.id()).history()).extracting(a -> a.action())
                .containsOnlyOnce("case.created");
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ScriptedConnector platform(String name) {
        ws.accounts().add(Platform.MASTODON, name, null, false, Map.of("instance", "https://x.example"));
        ScriptedConnector c = new ScriptedConnector();
        platforms.put(name, c);
        return c;
    }

    private Account account(String name) {
        return ws.accounts().byName(name);
    }

    private List<QueueRow> rows() {
        return ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED.withStatuses(Set.of(CaseStatus.values())),
                QueueSort.WAITING, 1000)).rows();
    }

    private static InboundItem mention(String id, String who, String text, int minute) {
        return item(id, who, text, minute, null, id, MessageKind.MENTION, false);
    }

    private static InboundItem item(String id, String who, String text, int minute, String inReplyTo, String thread,
                                    MessageKind kind, boolean ours) {
        return new InboundItem(id, kind, ours, new Author(who, null, "https://social.example/@" + who), text, null,
                T0.plus(Duration.ofMinutes(minute)), null, List.of(), null, inReplyTo, thread, List.of(),
                Map.of("visibility", "public"));
    }
}
