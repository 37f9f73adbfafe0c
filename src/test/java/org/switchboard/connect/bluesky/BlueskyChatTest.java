package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.connect.bluesky.BlueskyTestKit.answer;
import static org.switchboard.connect.bluesky.BlueskyTestKit.fixture;
import static org.switchboard.connect.bluesky.BlueskyTestKit.ok;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

class BlueskyChatTest {
    private static final String CONVO = "3lowmqxvwxact";
    private static final String PROXY = "did:web:api.bsky.chat#bsky_chat";

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
    void directMessagesAreReadThroughTheChatProxyAndBecomeDirectItems() {
        kit.enqueue(ok("chat_listConvos_response.json"), ok("chat_getMessages_response.json"),
                answer(200, "{\"messages\":[]}"));

        FetchedPage page = connector.fetch("chat", null);

        assertThat(page.items()).hasSize(2);
        InboundItem newest = page.items().getFirst();
        assertThat(newest.externalId()).isEqualTo("chat:" + CONVO + ":3lq4qfdxxwg67");
        assertThat(newest.kind()).isEqualTo(MessageKind.DIRECT);
        assertThat(newest.fromOrganisation()).isFalse();
        assertThat(newest.author().handle()).isEqualTo("bjoern-weiss.bsky.social");
        assertThat(newest.author().displayName()).isEqualTo("Björn Weiß");
        assertThat(newest.text()).isEqualTo("Hallo, gibt es schon Neuigkeiten zu meinem Laptop (Linie 5)? Danke! 🙏");
        assertThat(newest.createdAt()).isEqualTo(Instant.parse("2025-06-02T07:55:10.881Z"));
        assertThat(newest.threadKey()).isEqualTo(CONVO);
        assertThat(newest.url()).isEqualTo("https://bsky.app/messages/" + CONVO);
        assertThat(newest.replyContext()).isEqualTo(Map.of("convoId", CONVO));
        assertThat(page.nextCursor()).as("the newest change of the conversation list").isEqualTo("3lqmceohz6ogi");
        assertThat(page.hasMore()).isFalse();

        RecordedRequest list = kit.take("chat.bsky.convo.listConvos");
        assertThat(list.getHeaders().get("atproto-proxy")).isEqualTo(PROXY);
        RecordedRequest messages = kit.take("chat.bsky.convo.getMessages");
        assertThat(messages.getHeaders().get("atproto-proxy")).isEqualTo(PROXY);
        assertThat(messages.getUrl().queryParameter("convoId")).isEqualTo(CONVO);
        assertThat(kit.take("chat.bsky.convo.getMessages").getUrl().queryParameter("cursor")).isEqualTo("3lqm66bw7a56a");
    }

    @Test
    void theFirstSyncSkipsConversationsQuietSinceBeforeTheBackfillWindow() {
        connector = kit.connector(java.util.Map.of("backfillDays", "14"));
        ObjectNode convos = (ObjectNode) BlueskyTestKit.json(fixture("chat_listConvos_response.json"));
        ((ObjectNode) convos.withArray("convos").get(0).path("lastMessage")).put("sentAt", "2024-12-24T18:00:00.000Z");
        kit.enqueue(answer(200, convos.toString()));

        FetchedPage page = connector.fetch("chat", null);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("3lqmceohz6ogi");
        assertThat(kit.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPollWithNoNewMessagesReadsOnlyTheConversationList() {
        kit.enqueue(ok("chat_listConvos_response.json"));

        FetchedPage page = connector.fetch("chat", "3lqmceohz6ogi");

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("3lqmceohz6ogi");
        assertThat(kit.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void onlyMessagesAfterTheStoredRevisionArriveAndOursAreMarkedAsOurs() {
        ObjectNode messages = (ObjectNode) BlueskyTestKit.json(fixture("chat_getMessages_response.json"));
        ObjectNode ours = messages.withArray("messages").insertObject(0);
        ours.put("$type", "chat.bsky.convo.defs#messageView").put("id", "3lq5vhjo4nsi5").put("rev", "3lqmdcrzjuhbv")
                .put("text", "Guten Morgen!").put("sentAt", "2025-06-02T08:12:00.330Z")
                .putObject("sender").put("did", BlueskyTestKit.OUR_DID);
        messages.withArray("messages").insertObject(1).put("$type", "chat.bsky.convo.defs#deletedMessageView")
                .put("id", "3lq5deleted22").put("rev", "3lqmd2222222a");
        ObjectNode convos = (ObjectNode) BlueskyTestKit.json(fixture("chat_listConvos_response.json"));
        ((ObjectNode) convos.withArray("convos").get(0)).put("rev", "3lqmdcrzjuhbv");
        kit.enqueue(answer(200, convos.toString()), answer(200, messages.toString()));

        FetchedPage page = connector.fetch("chat", "3lqm66blglvkn");

        assertThat(page.items()).extracting(InboundItem::externalId, InboundItem::fromOrganisation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chat:" + CONVO + ":3lq5vhjo4nsi5", true),
                org.assertj.core.groups.Tuple.tuple("chat:" + CONVO + ":3lq4qfdxxwg67", false));
        assertThat(page.nextCursor()).isEqualTo("3lqmdcrzjuhbv");
        assertThat(kit.server.getRequestCount()).as("the older message ends the reading").isEqualTo(2);
    }

    @Test
    void anAppPasswordWithoutDmAccessIsAPermissionProblemWhileNotificationsStillWork() {
        kit.enqueue(answer(400, fixture("chat_bad_token_scope.json")));

        assertThatThrownBy(() -> connector.fetch("chat", null))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
                    assertThat(e.getMessage()).isEqualTo("This app password cannot read direct messages; create one "
                            + "with 'Allow access to your direct messages' in Bluesky's settings.");
                    assertThat(e.transientFailure()).isFalse();
                });
        kit.take("chat.bsky.convo.listConvos");
        assertThat(kit.server.getRequestCount()).as("no refresh: a new token would have the same scope").isEqualTo(1);

        kit.enqueue(ok("inbound_page2.json"));
        assertThat(connector.fetch("notifications", null).items()).hasSize(2);
        assertThat(kit.take().getUrl().encodedPath()).isEqualTo("/xrpc/app.bsky.notification.listNotifications");
    }

    @Test
    void aGarbledChatCursorIsMalformed() {
        assertThatThrownBy(() -> connector.fetch("chat", "rev=3lqm|drop table"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
                    assertThat(e.getMessage()).contains("direct messages");
                });
        assertThat(kit.server.getRequestCount()).isZero();
    }
}
