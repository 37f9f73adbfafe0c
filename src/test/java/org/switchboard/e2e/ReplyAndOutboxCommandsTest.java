package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.FixtureServer.get;
import static org.switchboard.e2e.FixtureServer.noQuery;
import static org.switchboard.e2e.FixtureServer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reply} and {@code outbox} on the command line: JSON shapes and exit codes as CLI.md says. */
class ReplyAndOutboxCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private MastodonSim sim;
    private Cli cli;
    private String caseId;

    @BeforeEach
    void start() throws Exception {
        FixtureServer fixtures = new FixtureServer("mastodon")
                .always(get("/api/v1/accounts/verify_credentials"), "verify_credentials.json")
                .always(get("/api/v1/notifications").and(query("max_id", "4711233")), "inbound_page2.json")
                .always(get("/api/v1/notifications").and(query("min_id", "4711240")), "inbound_empty.json")
                .always(get("/api/v1/notifications").and(noQuery("min_id")).and(noQuery("max_id")), "inbound_page1.json")
                .always(get("/api/v1/conversations").and(noQuery("min_id")), "conversations_page1.json")
                .always(get("/api/v1/conversations"), "inbound_empty.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/history"), "status_history.json");
        sim = new MastodonSim(fixtures, Clock.systemUTC());
        server.setDispatcher(sim);
        server.start();
        cli = new Cli(dir.resolve("data"));
        Files.writeString(dir.resolve("token"), "masto-token-cli-1234567890");
        assertThat(cli.run("account", "add", "mastodon", "--name", "Stadt Mastodon", "--instance",
                server.url("/").toString(), "--token-file", dir.resolve("token").toString()).exitCode()).isZero();
        assertThat(cli.run("sync", "--once").exitCode()).isZero();
        caseId = publicCase();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void replySavesADraftAndWithSendDeliversItOnce() throws Exception {
        JsonNode saved = cli.json("reply", caseId, "--text", "Danke für Ihre Meldung!", "--json");
        assertThat(saved.get("draft").get("id").isTextual()).isTrue();
        assertThat(saved.get("draft").get("state").asText()).isEqualTo("EDITING");
        assertThat(saved.get("draft").get("channel").asText()).isEqualTo("public");
        assertThat(saved.get("outbox").isNull()).isTrue();
        assertThat(cli.json("outbox", "--json")).isEmpty();
        assertThat(sim.creates()).isZero();

        JsonNode sent = cli.json("reply", caseId, "--text", "Danke für Ihre Meldung! Der Bauhof kommt morgen.", "--send",
                "--json");
        assertThat(sent.get("draft").get("id").asText()).as("the same draft").isEqualTo(saved.get("draft").get("id")
                .asText());
        assertThat(sent.get("outbox").get("state").asText()).isEqualTo("SENT");
        assertThat(sent.get("deflection").get("deflection").asBoolean()).isFalse();
        assertThat(sent.get("error").isNull()).isTrue();

        JsonNode outbox = cli.json("outbox", "--json");
        assertThat(outbox).hasSize(1);
        JsonNode e = outbox.get(0);
        List<String> fields = new ArrayList<>();
        e.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("id", "case", "platform", "account", "channel", "state", "attempts",
                "lastError", "externalId", "text", "createdAt", "sentAt");
        assertThat(e.get("id").isTextual()).isTrue();
        assertThat(e.get("case").asText()).isEqualTo(caseId);
        assertThat(e.get("platform").asText()).isEqualTo("mastodon");
        assertThat(e.get("account").asText()).isEqualTo("Stadt Mastodon");
        assertThat(e.get("channel").asText()).isEqualTo("public");
        assertThat(e.get("attempts").asInt()).isEqualTo(1);
        assertThat(e.get("lastError").isNull()).isTrue();
        assertThat(e.get("externalId").asText()).isEqualTo(sim.created.getFirst().id());
        assertThat(e.get("text").asText()).isEqualTo("Danke für Ihre Meldung! Der Bauhof kommt morgen.");
        assertThat(e.get("sentAt").asText()).endsWith("Z");
        assertThat(sim.creates()).isEqualTo(1);

        var again = cli.run("outbox", "--flush");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(sim.creates()).as("flushing again posts nothing").isEqualTo(1);
    }

    @Test
    void aReplyPostedMeanwhileHoldsTheSendBackWithExit1UntilTheAgentRunsItAgain() throws Exception {
        assertThat(cli.run("reply", caseId, "--text", "Wir prüfen das.").exitCode()).isZero();
        var other = cli.run("reply", caseId, "--text", "Kurze Rückfrage per DM: welche Hausnummer?", "--channel",
                "direct", "--send");
        assertThat(other.exitCode()).as(other.err()).isZero();

        var held = cli.run("reply", caseId, "--text", "Wir prüfen das.", "--send");
        assertThat(held.exitCode()).isEqualTo(1);
        assertThat(held.err()).contains("arrived on case").contains("run the same command again");
        assertThat(held.out()).contains("Kurze Rückfrage per DM");
        assertThat(sim.creates()).isEqualTo(1);

        var sent = cli.run("reply", caseId, "--text", "Wir prüfen das.", "--send");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sim.creates()).isEqualTo(2);
    }

    @Test
    void aRefusedReplyAndAnExpiredTokenExit1WithTheReasonAndKeepTheText() throws Exception {
        // Switchboard refuses the over-long text itself (ReplyRules, before the platform is asked), in the same words
        var refused = cli.run("reply", caseId, "--text", "Zu lang " + "x".repeat(600), "--send", "--json");
        assertThat(refused.exitCode()).isEqualTo(1);
        JsonNode r = JSON.readTree(refused.out());
        assertThat(r.get("outbox").get("state").asText()).isEqualTo("FAILED");
        assertThat(r.get("error").asText()).contains("character limit of 500");
        assertThat(r.get("draft").get("state").asText()).as("editable again").isEqualTo("EDITING");
        assertThat(refused.err()).contains("character limit of 500");

        sim.refuse(ReplySim.json(401, "{\"error\":\"The access token is invalid\"}"));
        var expired = cli.run("reply", caseId, "--text", "Kürzer: wir kümmern uns.", "--send");
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.err()).contains("Reconnect the account");
        JsonNode entries = cli.json("outbox", "--json");
        assertThat(entries).extracting(e -> e.get("state").asText()).containsExactly("FAILED", "NEEDS_ATTENTION");
        assertThat(entries.get(1).get("text").asText()).isEqualTo("Kürzer: wir kümmern uns.");
        var flush = cli.run("outbox", "--flush");
        assertThat(flush.exitCode()).as("nothing left to send, but nothing queued either").isZero();
        assertThat(sim.creates()).isZero();
    }

    @Test
    void badInputExitsWith1AndSaysWhatToDo() {
        var notANumber = cli.run("reply", "zwölf", "--text", "Hallo");
        assertThat(notANumber.exitCode()).isEqualTo(1);
        var unknownCase = cli.run("reply", "999999", "--text", "Hallo");
        assertThat(unknownCase.exitCode()).isEqualTo(1);
        assertThat(unknownCase.err()).contains("999999");
        var channel = cli.run("reply", caseId, "--text", "Hallo", "--channel", "brieftaube");
        assertThat(channel.exitCode()).isEqualTo(1);
        assertThat(channel.err()).contains("public, direct or email");
        var noText = cli.run("reply", caseId, "--text", "  ", "--send");
        assertThat(noText.exitCode()).isEqualTo(1);
        assertThat(noText.err()).contains("empty");
        var email = cli.run("case", "new", "--channel", "email", "--from", "Frau Weber", "--email",
                "weber@example.org", "--text", "Wann öffnet das Bürgerbüro?", "--json");
        assertThat(email.exitCode()).as(email.err()).isZero();
        String mailCase = email.out().replaceAll("(?s).*\"id\"\\s*:\\s*\"(\\d+)\".*", "$1");
        var mail = cli.run("reply", mailCase, "--text", "Montag bis Freitag ab 8 Uhr.", "--send");
        assertThat(mail.exitCode()).isEqualTo(1);
        assertThat(mail.err()).as("no mailbox to send by e-mail").contains("e-mail").contains("mail set");
        assertThat(sim.creates()).isZero();
    }

    @Test
    void syncOnceAlsoDeliversDueReplies() throws Exception {
        sim.plan(ReplySim.Fault.SERVER_ERROR);
        var queued = cli.run("reply", caseId, "--text", "Danke! Wird erledigt.", "--send");
        assertThat(queued.exitCode()).as(queued.err()).isZero();
        assertThat(queued.out()).contains("Queued");
        // the first retry waits five seconds, spread by up to +20 % per reply (real time on the command line)
        Thread.sleep(6_100);
        JsonNode sync = cli.json("sync", "--once", "--json");
        assertThat(sync.get("outbox").get("sent").asInt()).isEqualTo(1);
        assertThat(sim.creates()).isEqualTo(1);
    }

    private String publicCase() throws Exception {
        for (JsonNode row : cli.json("queue", "--limit", "1000", "--json")) {
            JsonNode c = cli.json("case", "show", row.get("id").asText(), "--json");
            for (JsonNode m : c.get("messages")) {
                if (m.get("direction").asText().equals("in") && m.get("text").asText().length() > 10
                        && !m.get("text").asText().startsWith("@stadt Hallo")) {
                    return row.get("id").asText();
                }
            }
        }
        throw new AssertionError("no case");
    }
}
