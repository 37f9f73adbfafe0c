package org.switchboard.connect.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.switchboard.connect.facebook.GraphTestKit.NOW;
import static org.switchboard.connect.facebook.GraphTestKit.PAGE_ID;
import static org.switchboard.connect.facebook.GraphTestKit.TOKEN;
import static org.switchboard.connect.facebook.GraphTestKit.graphError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/** Answers go out once: publicly as a comment, privately in Messenger inside the 24-hour window. */
class FacebookReplyTest {
    private static final String BENCH = "122145678901234567_1476382033663918";
    private static final String PUDDLE = "122145678901234567_1616874191767231";
    private static final String PSID = "7492474772483351";
    private static final String ANSWER = "Danke, Herr Müller! Wir haben die Parkbank an den Grünflächenbetrieb"
            + " gemeldet (Vorgang BS-2025-0142).";
    private static final String FUNDBUERO = "Guten Morgen! Das Fundbüro im Bürgeramt (Marktplatz 1) hat ein graues"
            + " ThinkPad aus Linie 5 – bitte mit Ausweis abholen.";

    private final GraphTestKit kit = new GraphTestKit();
    private final FacebookConnector connector = kit.connector();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        kit.close();
    }

    private static ReplyRequest publicAnswer(String to, String replyTo, String text) {
        return new ReplyRequest(text, ReplyChannel.PUBLIC, to,
                Map.of("objectId", to, "kind", "comment", "replyTo", replyTo), "2278055040645842", "outbox-17");
    }

    private static ReplyRequest messengerAnswer(Instant lastCustomerMessage, String text) {
        return new ReplyRequest(text, ReplyChannel.DIRECT, "m_p9rVmtUNktMlAJP9buSoTHSpGC",
                Map.of("objectId", "m_p9rVmtUNktMlAJP9buSoTHSpGC", "kind", "message", "psid", PSID,
                        "conversationId", "t_1580890524394185",
                        "lastCustomerMessageAt", lastCustomerMessage.toString()),
                PSID, "outbox-18");
    }

    @Test
    void aPublicAnswerToACommentIsPostedAsAReplyComment() {
        kit.reply("reply_created.json");

        PostedReply posted = connector.reply(publicAnswer(BENCH, BENCH, ANSWER));

        assertThat(posted.externalId()).isEqualTo("122145678901234567_1362369821944820");
        assertThat(posted.createdAt()).isEqualTo(NOW);
        RecordedRequest request = kit.requests().getFirst();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v25.0/" + BENCH + "/comments");
        assertThat(request.getUrl().query()).isNull();
        assertThat(okhttp3.HttpUrl.get("http://x/?" + request.getBody().utf8()).queryParameter("message"))
                .isEqualTo(ANSWER);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void anAnswerToAReplyGoesIntoItsTopLevelCommentsThread() {
        kit.reply("reply_created.json");

        connector.reply(publicAnswer(PUDDLE, "122145678901234567_1387295094041895", "Wir kümmern uns darum."));

        assertThat(kit.requests().getFirst().getUrl().encodedPath())
                .isEqualTo("/v25.0/122145678901234567_1387295094041895/comments");
    }

    @Test
    void aFailedSendIsNeverRepeatedByItself() {
        kit.reply(500, graphError(1, 0, "An unknown error occurred"));
        kit.reply("reply_created.json");

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.reply(publicAnswer(BENCH, BENCH, ANSWER)));

        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(kit.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aMessengerAnswerInsideTheWindowIsSentAsAResponse() throws Exception {
        kit.reply("messenger_send_response.json");

        PostedReply posted = connector.reply(messengerAnswer(Instant.parse("2025-06-02T07:55:10Z"), FUNDBUERO));

        assertThat(posted.externalId()).startsWith("m_4d-ATU_jntOi_");
        RecordedRequest request = kit.requests().getFirst();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v25.0/" + PAGE_ID + "/messages");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode sent = json.readTree(request.getBody().utf8());
        assertThat(sent).isEqualTo(json.readTree(GraphTestKit.fixture("messenger_send_request.json")));
    }

    @Test
    void aMessengerAnswerAfterTheWindowIsRefusedWithoutARequest() {
        kit.clock.set(Instant.parse("2025-06-03T07:55:11Z"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.reply(messengerAnswer(Instant.parse("2025-06-02T07:55:10Z"), FUNDBUERO)));

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("The 24-hour reply window closed at 2025-06-03T07:55:10Z",
                "Messenger allows replies only within 24 hours of the customer's last message");
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void metasOwnOutsideTheWindowRefusalIsSaidInTheSameWords() {
        kit.reply(400, GraphTestKit.fixture("messenger_outside_window_error.json"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.reply(messengerAnswer(NOW.minus(Duration.ofHours(1)), FUNDBUERO)));

        assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
        assertThat(e.getMessage()).contains("Messenger allows replies only within 24 hours of the customer's last"
                + " message");
        assertThat(kit.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aMessengerTextOverTheLimitIsRefusedBeforeSending() {
        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector.reply(messengerAnswer(NOW, "ä".repeat(2001))));

        assertThat(e.getMessage()).contains("at most 2000 characters");
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void aMessengerConversationCannotBeAnsweredPubliclyNorAnyoneByEmail() {
        ReplyRequest publicToDm = new ReplyRequest("Hallo", ReplyChannel.PUBLIC, "m_1",
                Map.of("objectId", "m_1", "kind", "message"), PSID, "k1");
        ReplyRequest email = new ReplyRequest("Hallo", ReplyChannel.EMAIL, BENCH, Map.of(), null, "k2");

        assertThat(catchThrowableOfType(ConnectorException.class, () -> connector.reply(publicToDm)).getMessage())
                .contains("answer it as a direct message");
        assertThat(catchThrowableOfType(ConnectorException.class, () -> connector.reply(email)).kind())
                .isEqualTo(Kind.CLIENT_ERROR);
        assertThat(kit.server.getRequestCount()).isZero();
    }

    @Test
    void beforeARetryTheOutboxFindsTheAnswerThatAlreadyArrived() {
        kit.reply("comments_baustelle_answered.json");

        var found = connector.findExisting(publicAnswer(BENCH, BENCH, ANSWER + "\n"));

        assertThat(found).hasValueSatisfying(r -> {
            assertThat(r.externalId()).isEqualTo("122145678901234567_1998877665544332");
            assertThat(r.createdAt()).isEqualTo(Instant.parse("2025-06-02T08:05:40Z"));
            assertThat(r.url()).contains("reply_comment_id=1998877665544332");
        });
        RecordedRequest request = kit.requests().getFirst();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v25.0/" + BENCH + "/comments");
    }

    @Test
    void aCitizensCommentWithTheSameTextOrAnOldAnswerIsNotMistakenForOurs() {
        kit.reply("comments_baustelle_answered.json");
        kit.reply("comments_baustelle_answered.json");

        assertThat(connector.findExisting(publicAnswer(BENCH, BENCH,
                "RE 7 nach Köln schon wieder 25 Min. Verspätung 😤 & keine Durchsage an Gleis 3. Wer ist zuständig"
                        + " – Stadt oder Bahn? <Ironie>Top Service</Ironie>"))).isEmpty();
        assertThat(connector.findExisting(publicAnswer(BENCH, BENCH, ANSWER), Instant.parse("2025-06-02T08:10:00Z")))
                .isEmpty();
    }

    @Test
    void aLostMessengerSendIsFoundInTheConversation() {
        kit.reply("messenger_messages_page2.json");

        var found = connector.findExisting(messengerAnswer(NOW, "Guten Morgen! Wir haben beim Fundbüro"
                + " nachgefragt und melden uns, sobald wir etwas wissen."), Instant.parse("2025-06-01T00:00:00Z"));

        assertThat(found).hasValueSatisfying(r -> assertThat(r.externalId()).startsWith("m_Qx7Lw2e0"));
        assertThat(kit.requests().getFirst().getUrl().encodedPath()).isEqualTo("/v25.0/t_1580890524394185/messages");
    }

    @Test
    void verifyNamesThePage() {
        kit.reply("page.json");

        assertThat(connector.verify()).isEqualTo("Stadt Beispielstadt");
    }
}
