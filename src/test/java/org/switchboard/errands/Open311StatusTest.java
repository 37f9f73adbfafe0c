package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.Unit;

/** The status of an Open311 service request is read back on every sync and recorded once (GeoReport v2). */
class Open311StatusTest {
    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void open() throws Exception {
        server.start();
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        bed.workspace().directory().saveAll(List.of(
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
    void theCitysStatusNotesBecomeANoteOnceAndClosedFinishesTheErrand() throws Exception {
        server.enqueue(json("post_request_response.json"));
        String ref = bed.workspace().errands().forward(1, "maengel", ErrandChannel.OPEN311, null, null)
                .errand().ref().value();
        server.takeRequest(5, TimeUnit.SECONDS);

        server.enqueue(json("get_request.json"));
        JsonNode first = bed.cli("sync", "--once", "--json").json().get("errands");
        assertThat(first.get("open311").asInt()).isEqualTo(1);
        RecordedRequest get = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(get.getMethod()).isEqualTo("GET");
        assertThat(get.getUrl().encodedPath()).isEqualTo("/open311/v2/requests.json");
        assertThat(get.getUrl().queryParameter("service_request_id")).isEqualTo("2025-004711");

        server.enqueue(json("get_request.json")); // the same status again: nothing new
        assertThat(bed.cli("sync", "--once", "--json").json().get("errands").get("open311").asInt()).isZero();

        JsonNode e = errand(ref);
        assertThat(e.get("status").asText()).isEqualTo("received");
        assertThat(types(e)).containsExactly("sent", "note");
        JsonNode note = e.get("events").get(1);
        assertThat(note.get("note").asText()).isEqualTo("Ortstermin für 03.06. geplant.");
        assertThat(note.get("by").asText()).isEqualTo("Stadtentwässerung Beispielstadt");

        server.enqueue(json("get_request_closed.json"));
        assertThat(bed.cli("sync", "--once", "--json").json().get("errands").get("open311").asInt()).isEqualTo(1);
        e = errand(ref);
        assertThat(e.get("status").asText()).isEqualTo("done");
        assertThat(types(e)).containsExactly("sent", "note", "done");
        assertThat(e.get("events").get(2).get("note").asText()).contains("Platte angehoben");
        assertThat(bed.cli("case", "show", "1", "--json").json().get("status").asText()).isEqualTo("OPEN");

        int asked = server.getRequestCount();
        bed.cli("sync", "--once");
        assertThat(server.getRequestCount()).as("a finished errand is not asked about again").isEqualTo(asked);
    }

    @Test
    void aBatchServicesTokenIsTurnedIntoItsRequestIdFirst() throws Exception {
        server.enqueue(json("post_request_response_token.json"));
        String ref = bed.workspace().errands().forward(2, "maengel", ErrandChannel.OPEN311, null, null)
                .errand().ref().value();
        server.takeRequest(5, TimeUnit.SECONDS);
        server.enqueue(json("get_token.json"));
        server.enqueue(json("get_request_by_token.json"));
        bed.cli("sync", "--once");
        RecordedRequest token = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(token.getUrl().encodedPath()).isEqualTo("/open311/v2/tokens/8f3c2d1e-0b9a-4c7d-9e6f-5a4b3c2d1e0f.json");
        RecordedRequest status = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(status.getUrl().queryParameter("service_request_id")).isEqualTo("2025004712");
        assertThat(bed.workspace().errands().view(ref).externalId()).isEqualTo("2025004712");
        assertThat(types(errand(ref))).as("open without a note: nothing to record").containsExactly("sent");
    }

    @Test
    void aServerThatCannotBeAskedIsReportedAndTheErrandStaysAsItWas() throws Exception {
        server.enqueue(json("post_request_response.json"));
        String ref = bed.workspace().errands().forward(1, "maengel", ErrandChannel.OPEN311, null, null)
                .errand().ref().value();
        server.enqueue(new MockResponse.Builder().code(503).build());
        ErrandTestBed.Result r = bed.cli("sync", "--once", "--json");
        assertThat(r.json().get("errands").get("open311Error").asText()).contains("HTTP 503");
        assertThat(errand(ref).get("status").asText()).isEqualTo("sent");
    }

    private JsonNode errand(String ref) {
        for (JsonNode e : bed.cli("errands", "--json").json()) {
            if (e.get("ref").asText().equals(ref)) {
                return e;
            }
        }
        throw new AssertionError(ref + " not listed");
    }

    private static List<String> types(JsonNode errand) {
        List<String> out = new ArrayList<>();
        errand.get("events").forEach(ev -> out.add(ev.get("type").asText()));
        return out;
    }

    private static MockResponse json(String fixture) throws Exception {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Files.readString(Path.of(Open311StatusTest.class.getResource("/fixtures/open311/" + fixture)
                        .toURI()))).build();
    }
}
