package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.service.replies.DeflectionCheck;
import picocli.CommandLine;

/**
 * {@code check-reply} on the command line: arguments, the JSON shape of CLI.md, batches and exit codes. Until the
 * workspace offers its deflection check, the command is registered here as Cli will register it, with a check
 * built over the workspace's own services.
 */
class CheckReplyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static long wagnersCase;

    @BeforeAll
    static void loadTheDemo() {
        try (var ws = AppContext.openEmbedded(dir.resolve("cli"), Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault"))) {
            ws.demo().load();
            wagnersCase = ws.queue().page(QueueQuery.firstPage(null, null, 1000)).rows().stream()
                    .filter(r -> r.contactName().equals("Jonas Wagner")).findFirst().orElseThrow().id();
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
        if (!cmd.getSubcommands().containsKey("check-reply")) {
            cmd.addSubcommand("check-reply", new CheckReplyCommand(
                    ws -> new DeflectionCheck(ws.directory(), ws.cases(), ws.routing())));
            // picocli hands these to the subcommands that exist when they are set: set them again for the new one
            cmd.setOut(cmd.getOut()).setErr(cmd.getErr())
                    .setExecutionExceptionHandler(cmd.getExecutionExceptionHandler())
                    .setParameterExceptionHandler(cmd.getParameterExceptionHandler());
        }
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("cli").toString()));
        all.addAll(List.of(args));
        try {
            return new Result(cmd.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            root.closeWorkspace();
        }
    }

    @Test
    void aDeflectingReplyOnACaseIsJudgedInTheDocumentedShape() throws Exception {
        Result r = run("check-reply", "--case", String.valueOf(wagnersCase), "--text", "Bitte wenden Sie sich an das "
                + "Umweltamt unter umweltamt@beispielstadt.example.", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode v = JSON.readTree(r.out());
        assertThat(v.fieldNames()).toIterable().containsExactly("deflection", "score", "reasons", "suggestedUnits");
        assertThat(v.get("deflection").asBoolean()).isTrue();
        assertThat(v.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(v.get("reasons")).anyMatch(n -> n.asText().startsWith("points to Umweltamt"));
        assertThat(v.get("reasons")).anyMatch(n -> n.asText().startsWith("Jonas Wagner already e-mailed Umweltamt"));
        JsonNode first = v.get("suggestedUnits").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("key", "name", "score");
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void aBatchPrintsOneVerdictPerLineInOrder() throws Exception {
        Path file = dir.resolve("replies.jsonl");
        Files.writeString(file, """
                {"text": "Please DM us."}

                {"text": "Wir haben das ans Grünflächenamt weitergeleitet (SB-2026-000142) und melden uns bis Freitag."}
                {"text": "Dieser Kanal dient nur der Information 🙂", "lang": "de"}
                """);

        Result r = run("check-reply", "--batch", file.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode verdicts = JSON.readTree(r.out());
        assertThat(verdicts.isArray()).isTrue();
        assertThat(verdicts).extracting(v -> v.get("deflection").asBoolean()).containsExactly(true, false, true);
    }

    @Test
    void peopleReadTheVerdictReasonsAndWhereToForward() {
        Result r = run("check-reply", "--text", "Hi, please contact the Parks Office about the broken bench: "
                + "gruenflaechen@beispielstadt.example");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Deflection: ").contains("  - points to Grünflächenamt")
                .contains("Forward internally instead:").contains("parks");
    }

    @Test
    void aBadBatchLineExitsWithOneAndNamesTheLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"Please DM us.\"}\n{\"text\": \"ok\"\nnot json\n");
        Result r = run("check-reply", "--batch", file.toString(), "--json");
        assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).contains("line 2");
        assertThat(r.out()).isEmpty();

        Files.writeString(file, "{\"text\": \"Please DM us.\"}\n{\"reply\": \"Please DM us.\"}\n");
        assertThat(run("check-reply", "--batch", file.toString()).err()).contains("line 2").contains("\"text\"");
    }

    @Test
    void wrongInputExitsWithOneAndSaysWhatToDo() {
        Result neither = run("check-reply");
        assertThat(neither.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(neither.err()).contains("--text or --batch");
        assertThat(run("check-reply", "--text", "x", "--batch", "f.jsonl").exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run("check-reply", "--text", " ").err()).contains("the reply is empty");
        assertThat(run("check-reply", "--case", "zwölf", "--text", "DM us").err()).contains("is not a case id");
        assertThat(run("check-reply", "--case", "987654", "--text", "DM us").exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run("check-reply", "--batch", dir.resolve("missing.jsonl").toString()).exitCode())
                .isEqualTo(Cli.USER_ERROR);
    }
}
