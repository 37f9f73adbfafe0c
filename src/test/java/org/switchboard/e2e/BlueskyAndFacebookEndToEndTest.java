package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.FixtureServer.get;
import static org.switchboard.e2e.FixtureServer.noQuery;
import static org.switchboard.e2e.FixtureServer.post;
import static org.switchboard.e2e.FixtureServer.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against local servers that speak Bluesky's and the Graph API's shapes with the
 * documented payloads: sync --once twice stores every item once, threads land in one case.
 */
class BlueskyAndFacebookEndToEndTest {
    private static final String PAGE = "104512345678901";
    private static final String BAUSTELLE = "104512345678901_122145678901234567";
    private static final String SOMMERFEST = "104512345678901_122145111122223333";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private Cli cli;

    @BeforeEach
    void start() throws Exception {
        cli = new Cli(dir.resolve("data"));
        Files.writeString(dir.resolve("secret"), "xxxx-app-pass-e2e-9876");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void blueskyNotificationsAndDirectMessagesArriveOnce() throws Exception {
        FixtureServer sky = new FixtureServer("bluesky")
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
        server.setDispatcher(sky);
        server.start();

        var add = cli.run("account", "add", "bluesky", "--name", "Stadt Bluesky", "--service", server.url("/").toString(),
                "--identifier", "beispielstadt.bsky.social", "--password-file", dir.resolve("secret").toString());
        assertThat(add.exitCode()).as(add.err()).isZero();

        JsonNode first = cli.json("sync", "--once", "--json").get("accounts").get(0);
        assertThat(first.get("state").asText()).as(first.toString()).isEqualTo("OK");
        int arrived = first.get("new").asInt();
        assertThat(arrived).isPositive();
        JsonNode second = cli.json("sync", "--once", "--json").get("accounts").get(0);
        assertThat(second.get("new").asInt()).as("nothing twice").isZero();

        List<JsonNode> messages = messagesOf("bluesky");
        assertThat(messages).hasSize(arrived);
        assertThat(messages).extracting(m -> m.get("externalId").asText()).doesNotHaveDuplicates();
        assertThat(messages).anySatisfy(m -> assertThat(m.get("externalId").asText()).startsWith("at://"));
        assertThat(messages).anySatisfy(m -> assertThat(m.get("direction").asText()).isEqualTo("in"));
        assertThat(sky.count(r -> r.getUrl().encodedPath().contains("chat.bsky")
                && !"did:web:api.bsky.chat#bsky_chat".equals(r.getHeaders().get("atproto-proxy")))).isZero();
    }

    @Test
    void facebookCommentsFollowPagingAndReplyThreadsLandInOneCase() throws Exception {
        FixtureServer graph = new FixtureServer("facebook")
                .always(get("/v25.0/" + PAGE), "page.json")
                .always(get("/v25.0/" + PAGE + "/feed"), "page_feed_page1.json")
                .always(get("/v25.0/" + BAUSTELLE + "/comments"), "comments_baustelle.json")
                .always(get("/v25.0/" + SOMMERFEST + "/comments"), "comments_sommerfest.json")
                .always(get("/v25.0/" + PAGE + "/conversations"), "messenger_conversations_page1.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/messages"), "messenger_messages_page2.json");
        server.setDispatcher(graph);
        server.start();
        Files.writeString(dir.resolve("secret"), "EAABpageTokenE2E55");
        var add = cli.run("account", "add", "facebook", "--name", "Stadt Facebook", "--page-id", PAGE,
                "--graph-url", server.url("/").toString(), "--token-file", dir.resolve("secret").toString());
        assertThat(add.exitCode()).as(add.err()).isZero();

        JsonNode first = cli.json("sync", "--once", "--json").get("accounts").get(0);
        assertThat(first.get("state").asText()).as(first.toString()).isEqualTo("OK");
        int arrived = first.get("new").asInt();
        assertThat(arrived).isGreaterThanOrEqualTo(6);
        assertThat(cli.json("sync", "--once", "--json").get("accounts").get(0).get("new").asInt()).isZero();

        List<JsonNode> messages = messagesOf("facebook");
        assertThat(messages).extracting(m -> m.get("externalId").asText()).doesNotHaveDuplicates()
                .contains("122145678901234567_1476382033663918", "122145678901234567_1616874191767231")
                .doesNotContain(BAUSTELLE, SOMMERFEST); // the page's own posts are not cases
        JsonNode juergen = caseWith("122145678901234567_1476382033663918");
        assertThat(juergen.get("messages")).hasSize(1);
        assertThat(caseWith("122145678901234567_1465855015499750").get("id").asText())
                .as("each commenter under the page's post has a case of their own")
                .isNotEqualTo(juergen.get("id").asText());

        // Later the page answers inside Jürgen's sub-thread: the answer joins his case, as outbound.
        graph.always(get("/v25.0/" + PAGE + "/feed"), "feed_after_answer.json");
        graph.always(get("/v25.0/" + BAUSTELLE + "/comments"), "comments_baustelle_answered.json");
        graph.prefer(2);
        JsonNode third = cli.json("sync", "--once", "--json").get("accounts").get(0);
        assertThat(third.get("new").asInt()).isEqualTo(1);
        JsonNode answered = caseWith("122145678901234567_1476382033663918");
        assertThat(answered.get("messages")).hasSize(2);
        assertThat(answered.get("messages").get(1).get("direction").asText()).isEqualTo("out");
        assertThat(answered.get("waitingSince").isNull()).as("answered: nobody waits").isTrue();
        assertThat(graph.count(r -> r.getUrl().queryParameter("access_token") != null)).isZero();
    }

    private JsonNode caseWith(String externalId) throws Exception {
        for (JsonNode row : cli.json("queue", "--limit", "1000", "--json")) {
            JsonNode c = cli.json("case", "show", row.get("id").asText(), "--json");
            for (JsonNode m : c.get("messages")) {
                if (m.get("externalId").asText().equals(externalId)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no case holds " + externalId);
    }

    private List<JsonNode> messagesOf(String platform) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode row : cli.json("queue", "--platform", platform, "--limit", "1000", "--json")) {
            cli.json("case", "show", row.get("id").asText(), "--json").get("messages").forEach(all::add);
        }
        return all;
    }
}
