package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Unit;

/** The Open311 API key is set by command line, kept only in the secret store and sent as api_key. */
class Open311KeyTest {
    private static final String KEY = "o311-Kx9vQ2-secret-d41d8cd9";

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private final MockWebServer server = new MockWebServer();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger switchboardLog = (Logger) LoggerFactory.getLogger("org.switchboard");
    private Level levelBefore;

    @BeforeEach
    void open() throws Exception {
        server.start();
        levelBefore = switchboardLog.getLevel();
        switchboardLog.setLevel(Level.DEBUG);
        logs.start();
        switchboardLog.addAppender(logs);
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        bed.workspace().directory().saveAll(List.of(
                new Unit(0, "maengel", "Mängelmelder (Open311)", null, List.of(), null,
                        server.url("/open311/v2").toString(), "STR-GEHWEG", List.of(), List.of(), 3, null, null, 0)),
                List.of());
    }

    @AfterEach
    void close() {
        switchboardLog.detachAppender(logs);
        switchboardLog.setLevel(levelBefore);
        bed.close();
        server.close();
    }

    @Test
    void theKeySetOnTheCommandLineIsSentAsApiKeyAndStoredNowhereElse() throws Exception {
        Path keyFile = dir.resolve("open311-key.txt");
        Files.writeString(keyFile, KEY + "\n");
        ErrandTestBed.Result set = bed.cli("directory", "set-key", "maengel", "--open311-key-file", keyFile.toString());
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out() + set.err()).contains(server.url("/").host()).doesNotContain(KEY);
        Files.delete(keyFile);

        server.enqueue(new MockResponse.Builder().code(200).body("[{\"service_request_id\":\"2025-004711\"}]").build());
        ErrandTestBed.Result forward = bed.cli("forward", "1", "--to", "maengel", "--via", "open311", "--json");
        assertThat(forward.exitCode()).as(forward.err()).isZero();
        String form = URLDecoder.decode(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8(), StandardCharsets.UTF_8);
        assertThat(form).startsWith("api_key=" + KEY + "&");
        ErrandTestBed.Result list = bed.cli("errands", "--json");
        ErrandTestBed.Result sync = bed.cli("sync", "--once", "--json");
        bed.closeWorkspace();

        for (ErrandTestBed.Result r : List.of(set, forward, list, sync)) {
            assertThat(r.out() + r.err()).doesNotContain(KEY);
        }
        assertThat(logs.list).isNotEmpty().noneMatch(e -> e.getFormattedMessage().contains(KEY));
        try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
                        .as("the key appears in %s", f).doesNotContain(KEY);
            }
        }
        assertThat(bed.secrets().get("open311/" + server.url("/").host())).contains(KEY);
    }

    @Test
    void aRemovedKeyIsNotSentAndAUnitWithoutEndpointIsRefusedInWords() throws Exception {
        bed.secrets().put("open311/" + server.url("/").host(), KEY);
        assertThat(bed.cli("directory", "set-key", "maengel", "--remove").exitCode()).isZero();
        server.enqueue(new MockResponse.Builder().code(200).body("[{\"service_request_id\":\"17\"}]").build());
        bed.cli("forward", "1", "--to", "maengel", "--via", "open311");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).doesNotContain("api_key");

        ErrandTestBed.Result none = bed.cli("directory", "set-key", "roads", "--open311-key-env", "PATH");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("has no open311_endpoint").contains("set the endpoint first");
        ErrandTestBed.Result twoWays = bed.cli("directory", "set-key", "maengel", "--remove", "--open311-key-env", "X");
        assertThat(twoWays.exitCode()).isEqualTo(1);
        assertThat(twoWays.err()).contains("exactly one of --open311-key-file");
    }
}
