package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.connect.bluesky.BlueskyTestKit.answer;
import static org.switchboard.connect.bluesky.BlueskyTestKit.body;
import static org.switchboard.connect.bluesky.BlueskyTestKit.fixture;
import static org.switchboard.connect.bluesky.BlueskyTestKit.json;
import static org.switchboard.connect.bluesky.BlueskyTestKit.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

class BlueskyReplyTest {
    private static final String KEY = "0197308e-3b1f-7c2a-9d4e-5f6a7b8c9d0e"; // a UUIDv7, as the outbox may use
    private static final String REPLY_URI = "at://did:plc:k7q2x4mvbs5wa3hzyj6ulotr/app.bsky.feed.post/3lqmctioif6uc";

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
    void aReplyToATopLevelPostNamesItAsRootAndParentUnderADeterministicRecordKey() {
        InboundItem bench = fetched(0);
        JsonNode expected = json(fixture("reply_createRecord_request.json"));
        kit.enqueue(answer(400, fixture("record_not_found.json")), ok("reply_created.json"));

        PostedReply posted = connector.reply(new ReplyRequest(expected.path("record").path("text").asText(),
                ReplyChannel.PUBLIC, bench.externalId(), bench.replyContext(), bench.author().handle(), KEY));

        String rkey = RecordKeys.forReply(KEY);
        RecordedRequest check = kit.take("com.atproto.repo.getRecord");
        assertThat(check.getUrl().queryParameter("rkey")).isEqualTo(rkey);
        assertThat(check.getUrl().queryParameter("repo")).isEqualTo(BlueskyTestKit.OUR_DID);
        RecordedRequest create = kit.take("com.atproto.repo.createRecord");
        JsonNode sent = body(create);
        assertThat(sent.path("repo")).isEqualTo(expected.path("repo"));
        assertThat(sent.path("collection")).isEqualTo(expected.path("collection"));
        assertThat(sent.path("rkey").asText()).isEqualTo(rkey).matches(RecordKeys.TID);
        assertThat(sent.path("record").path("$type")).isEqualTo(expected.path("record").path("$type"));
        assertThat(sent.path("record").path("text")).isEqualTo(expected.path("record").path("text"));
        assertThat(sent.path("record").path("langs")).isEqualTo(expected.path("record").path("langs"));
        assertThat(sent.path("record").path("reply")).isEqualTo(expected.path("record").path("reply"));
        assertThat(sent.path("record").path("createdAt").asText()).isEqualTo("2025-06-02T08:15:00.000Z");
        assertThat(posted.externalId()).isEqualTo(REPLY_URI);
        assertThat(posted.url()).isEqualTo("https://bsky.app/profile/beispielstadt.bsky.social/post/3lqmctioif6uc");
        assertThat(posted.createdAt()).isEqualTo(BlueskyTestKit.NOW);
    }

    @Test
    void aReplyInsideAThreadKeepsTheThreadsRootAndAnswersTheReply() {
        InboundItem puddle = fetched(1);
        JsonNode expected = json(fixture("reply_in_thread_createRecord_request.json"));
        kit.enqueue(answer(400, fixture("record_not_found.json")), ok("reply_created.json"));

        connector.reply(new ReplyRequest(expected.path("record").path("text").asText(), ReplyChannel.PUBLIC,
                puddle.externalId(), puddle.replyContext(), puddle.author().handle(), KEY));

        kit.take("com.atproto.repo.getRecord");
        JsonNode sent = body(kit.take("com.atproto.repo.createRecord"));
        assertThat(sent.path("record").path("reply")).isEqualTo(expected.path("record").path("reply"));
    }

    @Test
    void linksInOurTextBecomeLinkFacetsCountedInBytes() {
        InboundItem bench = fetched(0);
        kit.enqueue(answer(400, fixture("record_not_found.json")), ok("reply_created.json"));

        connector.reply(new ReplyRequest("Schäden bitte hier melden: https://www.beispielstadt.example/mängel. Danke!",
                ReplyChannel.PUBLIC, bench.externalId(), bench.replyContext(), null, KEY));

        kit.take("com.atproto.repo.getRecord");
        JsonNode facet = body(kit.take("com.atproto.repo.createRecord")).path("record").path("facets").get(0);
        assertThat(facet.path("index").path("byteStart").asInt()).isEqualTo(28); // "ä" is two bytes
        assertThat(facet.path("index").path("byteEnd").asInt()).isEqualTo(28 + 41);
        assertThat(facet.path("features").get(0).path("uri").asText()).isEqualTo("https://www.beispielstadt.example/mängel");
    }

    @Test
    void aFailedCreateIsNotRepeatedAndTheServerErrorReported() {
        InboundItem bench = fetched(0);
        kit.enqueue(answer(400, fixture("record_not_found.json")), answer(500, fixture("server_error.json")),
                answer(400, fixture("record_not_found.json")));

        assertThatThrownBy(() -> connector.reply(new ReplyRequest("Danke!", ReplyChannel.PUBLIC, bench.externalId(),
                bench.replyContext(), null, KEY)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));

        kit.take("com.atproto.repo.getRecord");
        kit.take("com.atproto.repo.createRecord");
        kit.take("com.atproto.repo.getRecord"); // read back: not there
        assertThat(kit.server.getRequestCount()).as("fetch 2, then exactly one POST between two reads").isEqualTo(5);
    }

    @Test
    void whenTheAnswerWasLostThePostIsFoundByItsRecordKeyAndNeverPostedTwice() {
        InboundItem bench = fetched(0);
        String text = json(fixture("reply_createRecord_request.json")).path("record").path("text").asText();
        ReplyRequest request = new ReplyRequest(text, ReplyChannel.PUBLIC, bench.externalId(), bench.replyContext(),
                null, KEY);
        kit.enqueue(answer(400, fixture("record_not_found.json")), answer(502, "<html>Bad Gateway</html>"),
                ok("getRecord_response.json"));

        PostedReply first = connector.reply(request);

        assertThat(first.externalId()).isEqualTo(REPLY_URI);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2025-06-02T08:03:27.640Z"));

        // the outbox retries anyway (say, after a restart): the record key finds the post, nothing is sent
        kit.enqueue(ok("getRecord_response.json"));
        PostedReply again = connector.reply(request);
        assertThat(again.externalId()).isEqualTo(REPLY_URI);
        assertThat(kit.server.getRequestCount()).as("fetch 2, then getRecord, create, getRecord, getRecord").isEqualTo(6);
    }

    @Test
    void aReplyOver300GraphemesIsRefusedBeforeAnythingIsSent() {
        InboundItem bench = fetched(0);
        int before = kit.server.getRequestCount();
        String text = "Ä".repeat(300) + "🧑‍💻";

        assertThatThrownBy(() -> connector.reply(new ReplyRequest(text, ReplyChannel.PUBLIC, bench.externalId(),
                bench.replyContext(), null, KEY)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
                    assertThat(e.getMessage()).contains("301", "300");
                });
        assertThat(kit.server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void threeHundredZwjEmojiAreFewEnoughGraphemesButTooManyBytes() {
        InboundItem bench = fetched(0);
        int before = kit.server.getRequestCount();

        assertThatThrownBy(() -> connector.reply(new ReplyRequest("🧑‍💻".repeat(300), ReplyChannel.PUBLIC,
                bench.externalId(), bench.replyContext(), null, KEY)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.getMessage()).contains("3300 bytes"));
        assertThat(kit.server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void aReplyWithoutTheReferenceBlueskyNeedsIsRefusedInWords() {
        assertThatThrownBy(() -> connector.reply(new ReplyRequest("Danke!", ReplyChannel.PUBLIC,
                "at://did:plc:x/app.bsky.feed.post/3lqmblplsr3bq", Map.of(), null, KEY)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
                    assertThat(e.getMessage()).contains("CID");
                });
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void aDirectReplyIsSentWithSendMessageThroughTheChatProxy() {
        JsonNode expected = json(fixture("chat_sendMessage_request.json"));
        kit.enqueue(ok("chat_getMessages_response.json"), ok("chat_sendMessage_response.json"));

        PostedReply posted = connector.reply(new ReplyRequest(expected.path("message").path("text").asText(),
                ReplyChannel.DIRECT, "chat:3lowmqxvwxact:3lq4qfdxxwg67", Map.of("convoId", "3lowmqxvwxact"),
                "bjoern-weiss.bsky.social", KEY));

        RecordedRequest readBack = kit.take("chat.bsky.convo.getMessages");
        assertThat(readBack.getHeaders().get("atproto-proxy")).isEqualTo("did:web:api.bsky.chat#bsky_chat");
        RecordedRequest send = kit.take("chat.bsky.convo.sendMessage");
        assertThat(send.getMethod()).isEqualTo("POST");
        assertThat(send.getHeaders().get("atproto-proxy")).isEqualTo("did:web:api.bsky.chat#bsky_chat");
        assertThat(body(send)).isEqualTo(expected);
        assertThat(posted.externalId()).isEqualTo("chat:3lowmqxvwxact:3lq5vhjo4nsi5");
        assertThat(posted.url()).isEqualTo("https://bsky.app/messages/3lowmqxvwxact");
        assertThat(posted.createdAt()).isEqualTo(Instant.parse("2025-06-02T08:12:00.330Z"));
    }

    @Test
    void aDirectReplyFindsItsConversationFromTheMessageItAnswers() {
        kit.enqueue(ok("chat_getMessages_response.json"), ok("chat_sendMessage_response.json"));

        connector.reply(new ReplyRequest("Gern geschehen!", ReplyChannel.DIRECT, "chat:3lowmqxvwxact:3lq4qfdxxwg67",
                Map.of(), null, KEY));

        kit.take("chat.bsky.convo.getMessages");
        assertThat(body(kit.take("chat.bsky.convo.sendMessage")).path("convoId").asText()).isEqualTo("3lowmqxvwxact");
    }

    @Test
    void aDirectReplyWhoseAnswerWasLostIsFoundInTheConversationInsteadOfSentTwice() {
        String text = json(fixture("chat_sendMessage_request.json")).path("message").path("text").asText();
        var withOurs = (com.fasterxml.jackson.databind.node.ObjectNode) json(fixture("chat_getMessages_response.json"));
        withOurs.withArray("messages").insert(0, json(fixture("chat_sendMessage_response.json")));
        kit.enqueue(ok("chat_getMessages_response.json"), answer(503, fixture("server_error.json")),
                answer(200, withOurs.toString()));

        PostedReply posted = connector.reply(new ReplyRequest(text, ReplyChannel.DIRECT, null,
                Map.of("convoId", "3lowmqxvwxact"), null, KEY));

        assertThat(posted.externalId()).isEqualTo("chat:3lowmqxvwxact:3lq5vhjo4nsi5");
        assertThat(kit.server.getRequestCount()).as("one sendMessage, not retried").isEqualTo(3);
    }

    @Test
    void aDirectReplyWithoutDmAccessSaysWhatToDo() {
        kit.enqueue(answer(400, fixture("chat_bad_token_scope.json")));

        assertThatThrownBy(() -> connector.reply(new ReplyRequest("Hallo", ReplyChannel.DIRECT, null,
                Map.of("convoId", "3lowmqxvwxact"), null, KEY)))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
                    assertThat(e.getMessage()).contains("Allow access to your direct messages");
                });
    }

    /** Item {@code i} of inbound_page1.json as the notifications stream delivered it. */
    private InboundItem fetched(int i) {
        kit.enqueue(ok("inbound_page1.json"), ok("getPosts_response.json"));
        List<InboundItem> items = connector.fetch("notifications", null).items();
        kit.take("app.bsky.notification.listNotifications");
        kit.take("app.bsky.feed.getPosts");
        return items.get(i);
    }
}
