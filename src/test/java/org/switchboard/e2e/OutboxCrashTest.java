package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.e2e.FixtureServer.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.app.Main;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.e2e.ReplySim.Fault;
import org.switchboard.service.Workspace;

/**
 * Real second processes killed with {@code destroyForcibly}: a committed draft survives, and a reply cut off
 * between "sending" and "sent" is settled by read-back on the next run — posted exactly once.
 */
class OutboxCrashTest {
    private static final Map<String, String> ENV = Map.of("SWITCHBOARD_SECRET_STORE", "vault",
            "SWITCHBOARD_VAULT_PASSPHRASE", "e2e");
    private static final String JUERGEN = "122145678901234567_1476382033663918";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        server.close();
    }

    @Test
    void aSavedDraftSurvivesTheProcessBeingKilled() throws Exception {
        Path data = dir.resolve("data");
        long caseId = demoCase(data, r -> true);
        Process p = start(DraftWriter.class.getName(), data.toString(), Long.toString(caseId), "3");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        String last = null;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("saved ")) {
                last = line;
                if (line.endsWith(" 3")) {
                    break;
                }
            }
        }
        p.destroyForcibly(); // at once after the third save returned: no clean shutdown, no delayed write
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(last).as("the writer saved three times").isNotNull().endsWith(" 3");

        try (Workspace ws = AppContext.openEmbedded(data, Clock.systemUTC(), ENV)) {
            Draft d = ws.drafts().current(caseId, ReplyChannel.PUBLIC).orElseThrow();
            assertThat(d.text()).isEqualTo(DraftWriter.text(3));
            assertThat(d.id()).isEqualTo(Long.parseLong(last.split(" ")[1]));
        }
    }

    @Test
    void ordinaryActionsSurviveTheProcessBeingKilledWhateverH2sWriteDelay() throws Exception {
        Path data = dir.resolve("data");
        long caseId = demoCase(data, r -> r.unread() && r.assignee() == null);
        Process p = start(ActionWriter.class.getName(), data.toString(), Long.toString(caseId));
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("done");
        p.destroyForcibly(); // at once: H2's own background write (half a second) has not run
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Workspace ws = AppContext.openEmbedded(data, Clock.systemUTC(), ENV)) {
            var detail = ws.cases().open(caseId);
            assertThat(detail.kase().assignee()).isEqualTo("Jana");
            assertThat(detail.notes()).extracting(org.switchboard.domain.Note::text).contains(ActionWriter.NOTE);
            assertThat(firstRows(ws)).filteredOn(r -> r.id() == caseId).singleElement()
                    .satisfies(r -> assertThat(r.unread()).isFalse());
        }
    }

    @Test
    void aSendKilledBetweenSendingAndSentIsReadBackOnTheNextRunAndPostedOnce() throws Exception {
        String page = FacebookSim.PAGE;
        FixtureServer fixtures = new FixtureServer("facebook")
                .always(get("/v25.0/" + page), "page.json")
                .always(get("/v25.0/" + page + "/feed"), "page_feed_page1.json")
                .always(get("/v25.0/104512345678901_122145678901234567/comments"), "comments_baustelle.json")
                .always(get("/v25.0/104512345678901_122145111122223333/comments"), "comments_sommerfest.json")
                .always(get("/v25.0/" + page + "/conversations"), "messenger_conversations_page1.json")
                .always(r -> r.getUrl().encodedPath().endsWith("/messages"), "messenger_messages_page2.json");
        FacebookSim sim = new FacebookSim(fixtures, Clock.systemUTC());
        server.setDispatcher(sim);
        server.start();
        Path data = dir.resolve("data");
        Cli cli = new Cli(data);
        Files.writeString(dir.resolve("token"), "EAABpageTokenCrash77");
        assertThat(cli.run("account", "add", "facebook", "--name", "Stadt Facebook", "--page-id", page, "--graph-url",
                server.url("/").toString(), "--token-file", dir.resolve("token").toString()).exitCode()).isZero();
        assertThat(cli.run("sync", "--once").exitCode()).isZero();
        String caseId = caseWith(cli, JUERGEN);

        // first try: the platform fails (503) — queued for a retry, to be read back first
        sim.plan(Fault.SERVER_ERROR);
        var reply = cli.run("reply", caseId, "--text", "Danke, Jürgen! Die Absperrung wird heute erneuert.", "--send");
        assertThat(reply.exitCode()).as(reply.err()).isZero();
        JsonNode queued = cli.json("outbox", "--json").get(0);
        assertThat(queued.get("state").asText()).isEqualTo("QUEUED");

        // a second process retries; the platform creates the comment but its answer never comes; killed meanwhile
        sim.plan(Fault.STALL);
        Process flush = start(Main.class.getName(), "--data-dir", data.toString(), "outbox", "--flush");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (sim.creates() == 0 && System.nanoTime() < deadline && flush.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(sim.creates()).as("the platform has the comment").isEqualTo(1);
        flush.destroyForcibly();
        assertThat(flush.waitFor(30, TimeUnit.SECONDS)).isTrue();

        var after = cli.run("outbox", "--flush", "--json");
        assertThat(after.exitCode()).as(after.err()).isZero();
        JsonNode entry = new com.fasterxml.jackson.databind.ObjectMapper().readTree(after.out()).get(0);
        assertThat(entry.get("state").asText()).isEqualTo("SENT");
        assertThat(entry.get("externalId").asText()).isEqualTo(sim.created.getFirst().id());
        assertThat(sim.creates()).as("posted exactly once").isEqualTo(1);
        assertThat(sim.createRequests).as("the 503, the cut-off send — and no third").isEqualTo(2);
        JsonNode shown = cli.json("case", "show", caseId, "--json");
        long out = 0;
        for (JsonNode m : shown.get("messages")) {
            out += m.get("direction").asText().equals("out") ? 1 : 0;
        }
        assertThat(out).as("recorded once on the case").isEqualTo(1);
    }

    private static String caseWith(Cli cli, String externalId) throws Exception {
        for (JsonNode row : cli.json("queue", "--limit", "1000", "--json")) {
            JsonNode c = cli.json("case", "show", row.get("id").asText(), "--json");
            for (JsonNode m : c.get("messages")) {
                if (m.get("externalId").asText().equals(externalId)) {
                    return row.get("id").asText();
                }
            }
        }
        throw new AssertionError("no case holds " + externalId);
    }

    /** Loads the demo into {@code data} and returns the first open case that {@code which} accepts. */
    private static long demoCase(Path data, java.util.function.Predicate<org.switchboard.domain.queue.QueueRow> which) {
        try (Workspace ws = AppContext.openEmbedded(data, Clock.systemUTC(), ENV)) {
            ws.demo().load();
            return firstRows(ws).stream().filter(which).findFirst().orElseThrow().id();
        }
    }

    private static List<org.switchboard.domain.queue.QueueRow> firstRows(Workspace ws) {
        return ws.queue().page(org.switchboard.domain.queue.QueueQuery.firstPage(
                org.switchboard.domain.queue.QueueFilter.NOT_CLOSED, org.switchboard.domain.queue.QueueSort.values()[0],
                50)).rows();
    }

    private Process start(String mainClass, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(ENV);
        Process p = pb.start();
        children.add(p);
        return p;
    }
}
