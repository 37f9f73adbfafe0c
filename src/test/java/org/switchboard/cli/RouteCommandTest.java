package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import picocli.CommandLine;

/**
 * {@code route} on the command line: arguments, the JSON shape of CLI.md and exit codes. Until the workspace
 * offers its routing service, the command is registered here as Cli will register it, with the service of a
 * demo data folder.
 */
class RouteCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static long firstCase;

    @BeforeAll
    static void loadTheDemo() {
        // the command line opens this folder itself, through the registered route command
        try (var ws = AppContext.openEmbedded(dir.resolve("cli"), Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault"))) {
            ws.demo().load();
            firstCase = ws.queue().page(org.switchboard.domain.queue.QueueQuery.firstPage(null, null, 1)).rows()
                    .getFirst().id();
        }
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli.Environment env = new Cli.Environment(
                d -> AppContext.openEmbedded(d, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault")),
                (d, lang) -> 0, () -> dir.resolve("cli"), "9.9.9-test", new PrintWriter(out, true),
                new PrintWriter(err, true));
        RootCommand root = new RootCommand(env);
        CommandLine cmd = new Cli(env).commandLine(root);
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("cli").toString()));
        all.addAll(List.of(args));
        try {
            return new Result(cmd.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            root.closeWorkspace();
        }
    }

    @Test
    void aTextNamingThreeProblemsPrintsThreeGroupsInTheDocumentedShape() throws Exception {
        Result r = run("route", "--text", "Die Bank ist kaputt, überall Müll, und der Gehweg ist abgesackt", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode groups = JSON.readTree(r.out()).get("groups");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode g : groups) {
            assertThat(g.get("problem").asText()).isNotBlank();
            JsonNode first = g.get("units").get(0);
            assertThat(first.fieldNames()).toIterable().containsExactly("key", "name", "score", "reasons");
            assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(first.get("reasons")).isNotEmpty();
        }
        assertThat(groups).extracting(g -> g.get("units").get(0).get("key").asText()).contains("parks", "roads");
    }

    @Test
    void aCaseIsRoutedForPeopleToRead() {
        Result r = run("route", String.valueOf(firstCase));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Problem 1: ").contains("  1. ");
    }

    @Test
    void nothingToSuggestIsSaidInWordsAndAsAnEmptyList() throws Exception {
        assertThat(run("route", "--text", "Lorem ipsum dolor").out()).contains("No unit of the directory matches");
        assertThat(JSON.readTree(run("route", "--text", "Lorem ipsum dolor", "--json").out()).get("groups")).isEmpty();
    }

    @Test
    void wrongInputExitsWithOneAndSaysWhatToDo() {
        Result neither = run("route");
        assertThat(neither.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(neither.err()).contains("a case id or --text");
        assertThat(run("route", "12", "--text", "Bank kaputt").exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run("route", "zwölf").err()).contains("is not a case id");
        Result missing = run("route", "987654");
        assertThat(missing.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run("route", "--text", " ").exitCode()).isEqualTo(Cli.USER_ERROR);
    }
}
