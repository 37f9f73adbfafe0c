package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line contract of CLI.md: exit codes and JSON shapes. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUEUE_FIELDS = List.of("id", "status", "priority", "platform", "account",
            "contact", "preview", "createdAt", "lastActivityAt", "waitingSince", "messageCount", "assignee", "tags",
            "openErrands", "overdueErrands");

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void versionPrintsTheVersion() {
        var r = cli.run("version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Switchboard 9.9.9-test");
    }

    @Test
    void helpListsTheCommands() {
        var r = cli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--data-dir", "queue", "demo", "case", "version");
    }

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        Cli.Environment env = new Cli.Environment(d -> {
            throw new AssertionError("help opens no workspace");
        }, (d, l) -> 0, () -> dir, "9.9.9-test", new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine root = new Cli(env).commandLine(new RootCommand(env));
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        List<String> seen = new java.util.ArrayList<>();
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(root));
            while (!todo.isEmpty()) {
                CommandLine c = todo.pop();
                seen.add(c.getCommandName());
                assertThat(c.getUsageMessage()).as(c.getCommandName()).doesNotContain("%n");
                todo.addAll(c.getSubcommands().values());
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(seen).contains("bench", "queue", "show");
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
    }

    @Test
    void noCommandOpensTheWindow() {
        assertThat(cli.run().exitCode()).isZero();
        assertThat(cli.run("gui").exitCode()).isZero();
        assertThat(cli.guiLaunches()).isEqualTo(2);
    }

    @Test
    void unknownCommandsAndOptionsPrintUsageOnStderrAndExit1() {
        var unknown = cli.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("frobnicate").contains("Usage:");
        assertThat(unknown.out()).isEmpty();

        var badOption = cli.run("queue", "--colour", "blue");
        assertThat(badOption.exitCode()).isEqualTo(1);
        assertThat(badOption.err()).contains("--colour").contains("Usage:");

        var badLimit = cli.run("queue", "--limit", "many");
        assertThat(badLimit.exitCode()).isEqualTo(1);
    }

    @Test
    void wrongValuesExit1WithAMessageThatNamesTheFix() {
        cli.run("demo");
        assertThat(cli.run("queue", "--limit", "20000").err()).contains("limit must be between 1 and 10000");
        var badStatus = cli.run("queue", "--status", "SLEEPING");
        assertThat(badStatus.exitCode()).isEqualTo(1);
        assertThat(badStatus.err()).contains("SLEEPING").contains("NEW, OPEN");
        var badPlatform = cli.run("queue", "--platform", "myspace");
        assertThat(badPlatform.exitCode()).isEqualTo(1);
        assertThat(badPlatform.err()).contains("myspace").contains("mastodon");
        assertThat(cli.run("queue", "--account", "Nope").err()).contains("no account named 'Nope'");
        var missing = cli.run("case", "show", "999999");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("case 999999 does not exist");
        var notANumber = cli.run("case", "show", "abc");
        assertThat(notANumber.exitCode()).isEqualTo(1);
        assertThat(notANumber.err()).contains("not a case id");
    }

    @Test
    void demoFillsTheQueueWithAtLeastFortyCasesInTheDocumentedShape() throws Exception {
        var demo = cli.run("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        var r = cli.run("queue", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isGreaterThanOrEqualTo(40);
        Set<String> platforms = new HashSet<>();
        for (JsonNode row : rows) {
            assertThat(fieldNames(row)).containsAll(QUEUE_FIELDS);
            assertThat(row.get("id").isTextual()).as("ids are strings").isTrue();
            assertThat(row.get("contact").get("id").isTextual()).isTrue();
            assertThat(fieldNames(row.get("contact"))).contains("id", "name", "handle");
            assertThat(row.get("status").asText()).isNotEqualTo("CLOSED");
            assertThat(Instant.parse(row.get("createdAt").asText())).isNotNull();
            assertThat(row.get("createdAt").asText()).endsWith("Z");
            assertThat(row.get("tags").isArray()).isTrue();
            assertThat(row.get("messageCount").asInt()).isPositive();
            platforms.add(row.get("platform").asText());
        }
        assertThat(platforms).contains("facebook", "instagram", "threads", "x", "bluesky", "mastodon", "email");
    }

    @Test
    void theDefaultOrderIsLongestWaitingFirst() throws Exception {
        cli.run("demo");
        JsonNode rows = JSON.readTree(cli.run("queue", "--json").out());
        List<Instant> waiting = StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> !r.get("waitingSince").isNull())
                .map(r -> Instant.parse(r.get("waitingSince").asText())).toList();
        assertThat(waiting).isNotEmpty().isSorted();
        int firstNotWaiting = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("waitingSince").isNull()) {
                firstNotWaiting = i;
                break;
            }
        }
        assertThat(firstNotWaiting).as("cases nobody waits on come after all waiting ones")
                .isEqualTo(waiting.size());
    }

    @Test
    void queueFiltersAndLimit() throws Exception {
        cli.run("demo");
        JsonNode fb = JSON.readTree(cli.run("queue", "--platform", "facebook", "--json").out());
        assertThat(fb.size()).isPositive();
        fb.forEach(r -> assertThat(r.get("platform").asText()).isEqualTo("facebook"));

        JsonNode limited = JSON.readTree(cli.run("queue", "--limit", "5", "--json").out());
        assertThat(limited.size()).isEqualTo(5);

        JsonNode fresh = JSON.readTree(cli.run("queue", "--status", "NEW", "--json").out());
        fresh.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("NEW"));

        JsonNode unassigned = JSON.readTree(cli.run("queue", "--assignee", "none", "--json").out());
        unassigned.forEach(r -> assertThat(r.get("assignee").isNull()).isTrue());

        JsonNode newView = JSON.readTree(cli.run("queue", "--view", "new", "--json").out());
        assertThat(newView.size()).isEqualTo(fresh.size());

        JsonNode closed = JSON.readTree(cli.run("queue", "--status", "CLOSED", "--json").out());
        assertThat(closed.size()).isPositive();
    }

    @Test
    void caseShowPrintsTheWholeCaseInTheDocumentedShape() throws Exception {
        cli.run("demo");
        JsonNode rows = JSON.readTree(cli.run("queue", "--json", "--limit", "1000").out());
        JsonNode bench = null;
        for (JsonNode row : rows) {
            if (row.get("contact").get("name").asText().equals("Jonas Wagner")) {
                bench = row;
            }
        }
        assertThat(bench).as("the bench story is in the demo").isNotNull();
        var r = cli.run("case", "show", bench.get("id").asText(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode c = JSON.readTree(r.out());
        assertThat(fieldNames(c)).contains("id", "status", "outcome", "priority", "assignee", "tags", "contact",
                "messages", "notes", "errands", "drafts", "history");
        assertThat(fieldNames(c.get("contact"))).contains("id", "name", "identities", "earlierAttempts");
        assertThat(c.get("contact").get("earlierAttempts").size()).isEqualTo(2);
        assertThat(fieldNames(c.get("contact").get("identities").get(0))).contains("platform", "handle", "url");
        JsonNode first = c.get("messages").get(0);
        assertThat(fieldNames(first)).contains("id", "platform", "account", "externalId", "direction", "author",
                "text", "createdAt", "editedAt", "history", "url", "inReplyTo", "attachments");
        assertThat(first.get("direction").asText()).isEqualTo("in");
        assertThat(first.get("attachments").size()).isPositive();
        assertThat(fieldNames(first.get("attachments").get(0))).contains("type", "url");
        assertThat(c.get("messages").findValuesAsText("direction")).contains("out");
        assertThat(fieldNames(c.get("notes").get(0))).contains("id", "author", "text", "createdAt");

        var text = cli.run("case", "show", bench.get("id").asText());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Jonas Wagner", "Umweltamt");
    }

    @Test
    void demoIsSafeToRepeatAndRefusesAFolderWithRealData() throws Exception {
        assertThat(cli.run("demo").exitCode()).isZero();
        int before = JSON.readTree(cli.run("queue", "--json", "--limit", "10000").out()).size();
        var again = cli.run("demo");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already loaded");
        assertThat(JSON.readTree(cli.run("queue", "--json", "--limit", "10000").out()).size()).isEqualTo(before);
    }

    @Test
    void hostileTextCannotReachTheTerminal() {
        cli.run("demo");
        var json = cli.run("queue", "--limit", "10000", "--json");
        assertThat(json.out()).as("the demo holds a right-to-left override; JSON keeps the text as it is")
                .contains("\u202E");
        var r = cli.run("queue", "--limit", "10000");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u202E").doesNotContain("\u001B");
        String id = null;
        try {
            for (JsonNode row : JSON.readTree(json.out())) {
                if (row.get("preview").asText().contains("\u202E")) {
                    id = row.get("id").asText();
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        var shown = cli.run("case", "show", id);
        assertThat(shown.out()).as("the override is shown, not obeyed").contains("[U+202E]")
                .doesNotContain("\u202E");
        assertThat(r.out()).doesNotContain("\u202E").doesNotContain("\u001B");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
