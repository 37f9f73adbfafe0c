package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.FixtureServer.get;
import static org.switchboard.e2e.FixtureServer.noQuery;
import static org.switchboard.e2e.FixtureServer.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a local server that speaks Mastodon's API with the documented payloads:
 * account add, then sync --once twice — every item arrives once, as plain text.
 */
class MastodonEndToEndTest {
    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final FixtureServer mastodon = new FixtureServer("mastodon");
    private Cli cli;

    @BeforeEach
    void start() throws Exception {
        mastodon.always(get("/api/v1/accounts/verify_credentials"), "verify_credentials.json")
                .always(get("/api/v1/notifications").and(query("max_id", "4711233")), "inbound_page2.json")
                .always(get("/api/v1/notifications").and(query("min_id", "4711240")), "inbound_empty.json")
                .always(get("/api/v1/notifications").and(noQuery("min_id")).and(noQuery("max_id")), "inbound_page1.json")
                .always(get("/api/v1/conversations").and(noQuery("min_id")), "conversations_page1.json")
                .always(get("/api/v1/conversations"), "inbound_empty.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/history"), "status_history.json");
        server.setDispatcher(mastodon);
        server.start();
        cli = new Cli(dir.resolve("data"));
        Files.writeString(dir.resolve("token"), "masto-token-e2e-1234567890");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void syncingTwiceStoresEveryMentionOnceAsPlainText() throws Exception {
        var add = cli.run("account", "add", "mastodon", "--name", "Stadt Mastodon", "--instance",
                server.url("/").toString(), "--token-file", dir.resolve("token").toString());
        assertThat(add.exitCode()).as(add.err()).isZero();

        var first = cli.json("sync", "--once", "--json");
        JsonNode account = first.get("accounts").get(0);
        assertThat(account.get("state").asText()).isEqualTo("OK");
        assertThat(account.get("new").asInt()).isEqualTo(6);
        assertThat(account.get("error").isNull()).isTrue();

        var second = cli.json("sync", "--once", "--json");
        assertThat(second.get("accounts").get(0).get("new").asInt()).as("nothing twice").isZero();
        assertThat(second.get("accounts").get(0).get("state").asText()).isEqualTo("OK");

        JsonNode queue = cli.json("queue", "--platform", "mastodon", "--json");
        int messages = 0;
        for (JsonNode row : queue) {
            messages += row.get("messageCount").asInt();
            JsonNode c = cli.json("case", "show", row.get("id").asText(), "--json");
            for (JsonNode m : c.get("messages")) {
                assertThat(m.get("text").asText()).doesNotContain("<p>", "<br", "<span", "&amp;", "&lt;");
                assertThat(m.get("platform").asText()).isEqualTo("mastodon");
            }
        }
        assertThat(messages).isEqualTo(6);
        assertThat(mastodon.count(r -> r.getHeaders().get("Authorization") == null
                || !r.getHeaders().get("Authorization").equals("Bearer masto-token-e2e-1234567890"))).isZero();

        JsonNode accounts = cli.json("account", "list", "--json");
        assertThat(accounts.get(0).get("state").asText()).isEqualTo("OK");
        assertThat(accounts.get(0).get("lastSyncAt").isNull()).isFalse();
    }

    @Test
    void aRevokedTokenIsReportedAndTheAccountAsksForReconnection() throws Exception {
        FixtureServer revoked = new FixtureServer("mastodon")
                .always(get("/api/v1/accounts/verify_credentials"), "verify_credentials.json")
                .always(r -> r.getUrl().encodedPath().startsWith("/api/v1/notifications"), "auth_expired.json")
                .always(r -> r.getUrl().encodedPath().startsWith("/api/v1/conversations"), "auth_expired.json");
        server.setDispatcher(revoked);
        assertThat(cli.run("account", "add", "mastodon", "--name", "M", "--instance", server.url("/").toString(),
                "--token-file", dir.resolve("token").toString()).exitCode()).isZero();
        var sync = cli.run("sync", "--once", "--json");
        assertThat(sync.exitCode()).isEqualTo(1);
        JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sync.out()).get("accounts").get(0);
        assertThat(r.get("state").asText()).isEqualTo("RECONNECT_NEEDED");
        assertThat(r.get("error").asText()).contains("Reconnect");
        assertThat(sync.out() + sync.err()).doesNotContain("masto-token-e2e-1234567890");
    }
}
