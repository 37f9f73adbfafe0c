package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Unit;

/** Units reached through a team-chat webhook or a city's Open311 back office (GeoReport v2). */
class UnitChannelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void open() throws Exception {
        server.start();
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        bed.workspace().directory().saveAll(List.of(
                new Unit(0, "bauhof-chat", "Baubetriebshof", null, List.of("+49 30 1234-470"),
                        server.url("/webhookb2/T0001/B0002/s3cr3tPath").toString(), null, null, List.of(), List.of(), 2,
                        "Mo-Fr 07:00-15:00", null, 0),
                new Unit(0, "maengel", "Mängelmelder (Open311)", null, List.of(), null,
                        server.url("/open311/v2").toString(), "STR-GEHWEG", List.of(), List.of(), 3, null, null, 0)),
                List.of());
    }

    @AfterEach
    void close() {
        bed.close();
        server.close();
    }

    @Test
    void aWebhookForwardPostsAMessageCardWithTheFactsEscaped() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("1").build());
        // case 14: "lol your website is broken <script>alert(1)</script> …"
        ErrandTestBed.Result r = bed.cli("forward", "14", "--to", "bauhof-chat", "--via", "webhook", "--note",
                "<!channel> bitte ansehen", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        RecordedRequest post = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getUrl().encodedPath()).isEqualTo("/webhookb2/T0001/B0002/s3cr3tPath");
        JsonNode card = JSON.readTree(post.getBody().utf8());
        assertThat(card.get("@type").asText()).isEqualTo("MessageCard");
        assertThat(card.get("title").asText()).contains("SB-2026-000001").contains("Baubetriebshof");
        assertThat(card.get("text").asText()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;!channel&gt; bitte ansehen").doesNotContain("<script>").doesNotContain("<!channel>")
                .contains(ErrandTestBed.MAILBOX);
        JsonNode e = r.json();
        assertThat(e.get("via").asText()).isEqualTo("webhook");
        assertThat(e.get("delivered").asBoolean()).isTrue();
        assertThat(r.out()).as("the webhook's secret path is never shown").doesNotContain("s3cr3tPath");
    }

    @Test
    void aWebhookThatFailsIsRetriedOnTheNextSync() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "bauhof-chat", "--via", "webhook");
        assertThat(r.err()).contains("failed with HTTP 503");
        bed.clock.advance(java.time.Duration.ofMinutes(3)); // after the first back-off
        assertThat(bed.cli("sync", "--once", "--json").json().get("errands").get("resent").asInt()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anOpen311ForwardSubmitsAServiceRequestAndKeepsItsId() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(fixture("post_request_response.json")).build());
        bed.secrets().put("open311/" + server.url("/").host(), "DEMO-KEY");
        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "maengel", "--via", "open311", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        RecordedRequest post = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(post.getUrl().encodedPath()).isEqualTo("/open311/v2/requests.json");
        String form = URLDecoder.decode(post.getBody().utf8(), StandardCharsets.UTF_8);
        assertThat(form).contains("api_key=DEMO-KEY").contains("service_code=STR-GEHWEG")
                .contains("so sieht es seit Wochen").contains("SB-2026-000001")
                .contains("media_url=https://cdn.beispielstadt.example/photos/rosengarten-bank-kaputt.jpg")
                .contains("email=" + ErrandTestBed.MAILBOX);
        JsonNode e = r.json();
        assertThat(e.get("externalId").asText()).isEqualTo("2025-004711");
        assertThat(e.get("events").get(0).get("note").asText()).contains("2025-004711")
                .contains("an die Stadtentwässerung weitergeleitet");
        assertThat(r.out()).doesNotContain("DEMO-KEY");
    }

    @Test
    void anOpen311BatchServiceAnswersWithAToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(fixture("post_request_response_token.json")).build());
        var v = bed.workspace().errands().forward(2, "maengel", org.switchboard.domain.ErrandChannel.OPEN311, null, null);
        assertThat(v.externalId()).isEqualTo("token:8f3c2d1e-0b9a-4c7d-9e6f-5a4b3c2d1e0f");
    }

    @Test
    void anOpen311RefusalIsRecordedInTheServersWords() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400).body(fixture("error_400_multiple.json")).build());
        var v = bed.workspace().errands().forward(1, "maengel", org.switchboard.domain.ErrandChannel.OPEN311, null, null);
        assertThat(v.delivered()).isFalse();
        assertThat(v.deliveryError()).contains("HTTP 400").contains("service_code was not provided")
                .contains("location_missing: lat/long, address_string or address_id is required");
    }

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of(UnitChannelsTest.class.getResource("/fixtures/open311/" + name).toURI()));
    }
}
