package org.switchboard.connect.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.connect.facebook.GraphTestKit.PAGE_ID;

import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/** The "messenger" stream: conversations become direct messages threaded by conversation. */
class FacebookMessengerTest {
    private static final String CONVERSATION = "t_1580890524394185";
    private static final String PSID = "7492474772483351";

    private final GraphTestKit kit = new GraphTestKit();
    private final FacebookConnector connector = kit.connector();

    @AfterEach
    void stop() {
        kit.close();
    }

    private FetchedPage firstSync() {
        kit.reply("messenger_conversations_page1.json");
        kit.reply("messenger_messages_page2.json");
        return connector.fetch("messenger", null);
    }

    @Test
    void aConversationsMessagesBecomeDirectMessagesOfOneThread() {
        FetchedPage page = firstSync();

        assertThat(page.items()).extracting(InboundItem::createdAt).containsExactly(
                Instant.parse("2025-06-01T08:40:00Z"), Instant.parse("2025-06-01T09:12:00Z"),
                Instant.parse("2025-06-02T07:55:10Z"));
        assertThat(page.items()).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(MessageKind.DIRECT);
            assertThat(item.threadKey()).isEqualTo(CONVERSATION);
            assertThat(item.replyContext()).containsEntry("conversationId", CONVERSATION)
                    .containsEntry("psid", PSID).containsEntry("kind", "message")
                    .containsEntry("lastCustomerMessageAt", "2025-06-02T07:55:10Z");
        });
        InboundItem latest = page.items().get(2);
        assertThat(latest.fromOrganisation()).isFalse();
        assertThat(latest.author().handle()).isEqualTo(PSID);
        assertThat(latest.author().name()).isEqualTo("Björn Weiß");
        assertThat(latest.text()).isEqualTo("Hallo, gibt es schon Neuigkeiten zu meinem Laptop (Linie 5)? Danke! 🙏");
        assertThat(latest.replyContext()).containsEntry("objectId", latest.externalId());
    }

    @Test
    void thePagesOwnAnswerIsTheOrganisationsAndAPhotoIsRecorded() {
        FetchedPage page = firstSync();

        InboundItem answer = page.items().get(1);
        assertThat(answer.fromOrganisation()).isTrue();
        assertThat(answer.author().handle()).isEqualTo(PAGE_ID);
        InboundItem first = page.items().get(0);
        assertThat(first.attachments()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("photo");
            assertThat(a.name()).isEqualTo("laptop.jpg");
        });
    }

    @Test
    void theNestedMessagesAreReadFurtherAlongTheirOwnPagingWithoutTheToken() {
        firstSync();

        List<RecordedRequest> requests = kit.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getUrl().encodedPath()).isEqualTo("/v25.0/" + PAGE_ID + "/conversations");
        assertThat(requests.get(0).getUrl().queryParameter("platform")).isEqualTo("messenger");
        assertThat(requests.get(0).getUrl().queryParameter("fields")).contains("messages.limit(25){id,message");
        assertThat(requests.get(1).getUrl().encodedPath()).isEqualTo("/v23.0/" + CONVERSATION + "/messages");
        assertThat(requests.get(1).getUrl().queryParameter("after"))
                .isEqualTo("w8G3ZNPJqU9Iv3Jn3uL8XZV-VMK4-pUlSlWgnZIP");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getUrl().toString()).doesNotContain("access_token", GraphTestKit.TOKEN);
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + GraphTestKit.TOKEN);
        });
    }

    @Test
    void rePollingAQuietInboxReturnsNothing() {
        FetchedPage first = firstSync();
        kit.requests();

        kit.reply("messenger_conversations_page1.json");
        kit.reply("messenger_messages_page2.json");
        FetchedPage second = connector.fetch("messenger", first.nextCursor());

        assertThat(second.items()).isEmpty();
        // the fixture's nested page holds one message, so the older page is read until it passes the mark
        assertThat(kit.requests()).hasSize(2);
    }

    @Test
    void aConversationQuietSinceTheMarkCostsNoMoreThanTheListCall() {
        FetchedPage first = firstSync();
        kit.requests();
        kit.clock.advance(java.time.Duration.ofHours(3));

        kit.reply(200, GraphTestKit.fixture("messenger_conversations_page1.json")
                .replace("\"updated_time\": \"2025-06-02T07:55:10+0000\"",
                        "\"updated_time\": \"2025-06-02T07:30:00+0000\""));
        FetchedPage second = connector.fetch("messenger", first.nextCursor());

        assertThat(second.items()).isEmpty();
        assertThat(kit.requests()).hasSize(1);
    }
}
