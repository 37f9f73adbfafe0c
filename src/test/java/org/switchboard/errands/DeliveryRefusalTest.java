package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.Unit;

/**
 * Permanent refusals (SMTP 5xx, HTTP 4xx except 408/429) stop the retries at once and go back to the agent
 * with the reason; transient ones (SMTP 4xx, HTTP 5xx, 429) back off and stop at the cap. SMTP through a
 * real conversation with a server that refuses; HTTP through MockWebServer.
 */
class DeliveryRefusalTest {
    private static final String ROADS = ForwardingTest.ROADS;

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private RefusingSmtpServer smtp;
    private final MockWebServer http = new MockWebServer();

    @BeforeEach
    void open() throws Exception {
        http.start();
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        smtp = new RefusingSmtpServer();
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, ErrandTestBed.PASSWORD);
        ErrandTestBed.Result set = bed.cli("mail", "set", "--smtp", "smtp://127.0.0.1:" + smtp.port(), "--imap",
                "imap://127.0.0.1:" + bed.imapPort, "--user", ErrandTestBed.LOGIN, "--password-file", secret.toString(),
                "--address", ErrandTestBed.MAILBOX);
        assertThat(set.exitCode()).as(set.err()).isZero();
    }

    @AfterEach
    void close() throws Exception {
        bed.close();
        smtp.close();
        http.close();
    }

    @Test
    void a550IsNotRetriedTheAgentSeesWhyFixesTheAddressAndSendsAgain() throws Exception {
        smtp.answer(ROADS, "550 5.1.1 <" + ROADS + ">: Recipient address rejected: User unknown in virtual mailbox table");
        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "roads", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("(550)").contains("User unknown").contains("errand resend SB-2026-000001");
        JsonNode e = r.json();
        assertThat(e.get("delivered").asBoolean()).isFalse();
        assertThat(e.get("deliveryState").asText()).isEqualTo("refused");
        assertThat(e.get("events").get(0).get("type").asText()).isEqualTo("send-failed");
        assertThat(e.get("events").get(0).get("note").asText()).startsWith("not sent, refused for good:")
                .contains("Fix the address in the directory");
        var kase = bed.workspace().cases().open(1).kase();
        assertThat(kase.status()).as("back in the agent's queue").isEqualTo(CaseStatus.OPEN);
        assertThat(kase.tags()).contains("errand-not-sent");

        for (int i = 0; i < 3; i++) {
            bed.clock.advance(Duration.ofHours(13));
            bed.cli("sync", "--once");
        }
        assertThat(smtp.recipientAttempts()).as("never tried again by itself").isEqualTo(1);

        Unit roads = bed.workspace().directory().units().stream().filter(u -> u.key().equals("roads")).findFirst()
                .orElseThrow();
        bed.workspace().directory().saveAll(List.of(new Unit(roads.id(), roads.key(), roads.name(),
                "tiefbau@beispielstadt.example", roads.phones(), roads.webhookUrl(), roads.open311Endpoint(),
                roads.open311ServiceCode(), roads.keywords(), roads.categories(), roads.dueDays(), roads.officeHours(),
                roads.escalatesTo(), roads.version())), List.of());
        ErrandTestBed.Result again = bed.cli("errand", "resend", "SB-2026-000001", "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.json().get("delivered").asBoolean()).isTrue();
        assertThat(again.json().get("recipient").asText()).isEqualTo("tiefbau@beispielstadt.example");
        assertThat(smtp.acceptedRecipients()).containsExactly("tiefbau@beispielstadt.example");
        kase = bed.workspace().cases().open(1).kase();
        assertThat(kase.tags()).doesNotContain("errand-not-sent");
        assertThat(kase.status()).isEqualTo(CaseStatus.WAITING_INTERNAL);
    }

    @Test
    void a451BacksOffAndStopsAtTheCapThenAsksTheAgent() throws Exception {
        smtp.answer(ROADS, "451 4.3.0 Mailbox temporarily unavailable, try again later");
        JsonNode e = bed.cli("forward", "1", "--to", "roads", "--json").json();
        assertThat(e.get("deliveryState").asText()).isEqualTo("retrying");
        assertThat(e.get("nextAttemptAt").asText()).isEqualTo("2026-11-23T08:02:00Z");
        bed.cli("sync", "--once");
        assertThat(smtp.recipientAttempts()).as("not before the back-off has passed").isEqualTo(1);

        for (int i = 0; i < 40 && smtp.recipientAttempts() < 12; i++) {
            bed.clock.advance(Duration.ofHours(1));
            bed.cli("sync", "--once");
        }
        assertThat(smtp.recipientAttempts()).as("ten attempts, then it stops").isEqualTo(10);
        JsonNode after = bed.cli("errands", "--json").json().get(0);
        assertThat(after.get("deliveryState").asText()).isEqualTo("gave-up");
        assertThat(after.get("attempts").asInt()).isEqualTo(10);
        JsonNode last = after.get("events").get(after.get("events").size() - 1);
        assertThat(last.get("note").asText()).startsWith("not sent, gave up after 10 attempts").contains("451");
        assertThat(bed.workspace().cases().open(1).kase().tags()).contains("errand-not-sent");
    }

    @Test
    void aWebhook404IsFinalButA429IsTriedAgain() throws Exception {
        bed.workspace().directory().saveAll(List.of(
                new Unit(0, "chat-gone", "Bauhof (alter Kanal)", null, List.of(), http.url("/hooks/gone").toString(),
                        null, null, List.of(), List.of(), 2, null, null, 0),
                new Unit(0, "chat-busy", "Bauhof (voll)", null, List.of(), http.url("/hooks/busy").toString(),
                        null, null, List.of(), List.of(), 2, null, null, 0)), List.of());
        http.enqueue(new MockResponse.Builder().code(404).body("no_service").build());
        var gone = bed.workspace().errands().forward(1, "chat-gone", ErrandChannel.WEBHOOK, null, null);
        assertThat(gone.delivery().stopped()).isTrue();
        assertThat(gone.deliveryError()).contains("HTTP 404");
        http.enqueue(new MockResponse.Builder().code(429).build());
        var busy = bed.workspace().errands().forward(2, "chat-busy", ErrandChannel.WEBHOOK, null, null);
        assertThat(busy.delivery().stopped()).isFalse();

        http.enqueue(new MockResponse.Builder().code(200).build());
        bed.clock.advance(Duration.ofMinutes(3));
        bed.workspace().errandSync().runOnce();
        assertThat(http.getRequestCount()).as("only the 429 one again").isEqualTo(3);
        assertThat(http.takeRequest().getUrl().encodedPath()).isEqualTo("/hooks/gone");
        assertThat(http.takeRequest().getUrl().encodedPath()).isEqualTo("/hooks/busy");
        assertThat(http.takeRequest().getUrl().encodedPath()).isEqualTo("/hooks/busy");
        assertThat(bed.workspace().errands().view(busy.errand().ref().value()).delivered()).isTrue();
    }

    @Test
    void anOpen311RefusalIsFinalAndA503IsNot() throws Exception {
        bed.workspace().directory().saveAll(List.of(new Unit(0, "maengel", "Mängelmelder", null, List.of(), null,
                http.url("/open311/v2").toString(), "STR-GEHWEG", List.of(), List.of(), 3, null, null, 0)), List.of());
        http.enqueue(new MockResponse.Builder().code(403).body("[{\"code\":403,\"description\":\"Invalid api_key "
                + "received -- can't proceed with create_request.\"}]").build());
        var refused = bed.workspace().errands().forward(1, "maengel", ErrandChannel.OPEN311, null, null);
        assertThat(refused.delivery().stopped()).isTrue();
        assertThat(refused.deliveryError()).contains("Invalid api_key");
        http.enqueue(new MockResponse.Builder().code(503).build());
        var down = bed.workspace().errands().forward(2, "maengel", ErrandChannel.OPEN311, null, null);
        assertThat(down.delivery().stopped()).isFalse();
        assertThat(down.delivery().nextAttemptAt()).isNotNull();
    }
}
