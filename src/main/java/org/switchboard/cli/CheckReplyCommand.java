package org.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.Workspace;
import org.switchboard.service.replies.DeflectionCheck;
import org.switchboard.service.replies.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code switchboard check-reply [--case CASE] (--text T | --batch FILE) [--json]}: the deflection check of a
 * reply text — verdict, score, reasons, suggested units. {@code --batch} reads JSON lines {@code {"text": …}} and
 * prints one verdict per line, in order.
 *
 * <p>The service comes from the workspace through {@code deflection}, normally {@code Workspace::deflection}
 * (the registration in {@link Cli}); tests hand in their own.
 */
@Command(name = "check-reply", description = "the deflection check of a reply text: verdict, reasons, suggested "
        + "units; --batch reads JSON lines {\"text\": …} and prints a JSON array of verdicts in the same order")
final class CheckReplyCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--case", paramLabel = "CASE", description = "judge the reply as an answer on this case")
    String caseId;

    @Option(names = "--text", paramLabel = "T", description = "the reply to check")
    String text;

    @Option(names = "--batch", paramLabel = "FILE", description = "JSON lines {\"text\": …}, one reply each")
    Path batch;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    private final Function<Workspace, DeflectionCheck> deflection;

    CheckReplyCommand(Function<Workspace, DeflectionCheck> deflection) {
        this.deflection = deflection;
    }

    @Override
    public Integer call() {
        if ((text == null) == (batch == null)) {
            throw new UserInputException("check-reply takes --text or --batch, e.g. 'check-reply --text \"Bitte "
                    + "wenden Sie sich an das Umweltamt\"' or 'check-reply --batch replies.jsonl --json'");
        }
        Long kase = caseId == null ? null : parseId(caseId);
        List<String> texts = batch == null ? List.of(text) : readBatch(batch);
        DeflectionCheck check = deflection.apply(root.workspace());
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                verdicts.add(check.check(texts.get(i), kase));
            } catch (ValidationException e) {
                throw batch == null ? e : new UserInputException(batch + " line " + lineOf(i) + ": " + e.getMessage());
            }
        }
        PrintWriter out = root.env().out();
        if (json) {
            if (batch == null) {
                out.println(JsonOut.write(toJson(verdicts.getFirst())));
            } else {
                ArrayNode all = JsonOut.array();
                verdicts.forEach(v -> all.add(toJson(v)));
                out.println(JsonOut.write(all));
            }
        } else {
            for (int i = 0; i < verdicts.size(); i++) {
                if (batch != null) {
                    out.printf("%s%d. %s%n", i == 0 ? "" : System.lineSeparator(), i + 1,
                            DisplayText.oneLine(shorten(texts.get(i))));
                }
                printText(verdicts.get(i), out);
            }
        }
        return Cli.OK;
    }

    /** Line numbers of the batch's non-blank lines, to name a bad one. */
    private final List<Integer> lines = new ArrayList<>();

    private int lineOf(int index) {
        return index < lines.size() ? lines.get(index) : index + 1;
    }

    private List<String> readBatch(Path file) {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("there is no file " + file + "; give a file of JSON lines {\"text\": …}");
        } catch (MalformedInputException e) {
            throw new UserInputException(file + " is not UTF-8 text; save it as UTF-8 JSON lines {\"text\": …}");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
        List<String> texts = new ArrayList<>();
        for (int n = 1; n <= raw.size(); n++) {
            String line = raw.get(n - 1);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonOut.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new UserInputException(file + " line " + n + " is not JSON; each line must be {\"text\": …}");
            }
            JsonNode t = node == null || !node.isObject() ? null : node.get("text");
            if (t == null || !t.isTextual() || t.asText().isBlank()) {
                throw new UserInputException(file + " line " + n + " has no \"text\"; each line must be "
                        + "{\"text\": \"the reply\"}");
            }
            texts.add(t.asText());
            lines.add(n);
        }
        return texts;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + id + "' is not a case id; case ids are numbers, e.g. '--case 12'");
        }
    }

    /** {@code {"deflection","score","reasons":[…],"suggestedUnits":[{"key","name","score"}]}} (CLI.md). */
    static ObjectNode toJson(Verdict v) {
        ObjectNode o = JsonOut.object();
        o.put("deflection", v.deflection());
        o.put("score", v.score());
        o.set("reasons", JsonOut.strings(v.reasons()));
        ArrayNode units = o.putArray("suggestedUnits");
        for (UnitScore u : v.suggestedUnits()) {
            ObjectNode uo = units.addObject();
            uo.put("key", u.key());
            uo.put("name", u.name());
            uo.put("score", u.score());
        }
        return o;
    }

    private static void printText(Verdict v, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (score %.2f)%n", v.deflection()
                ? "Deflection: this reply mainly sends the customer elsewhere."
                : "Helps: this reply takes care of the concern.", v.score());
        v.reasons().forEach(r -> out.println("  - " + DisplayText.oneLine(r)));
        if (!v.suggestedUnits().isEmpty()) {
            out.println(v.deflection() ? "Forward internally instead:" : "Suggested units:");
            int rank = 1;
            for (UnitScore u : v.suggestedUnits()) {
                out.printf(Locale.ROOT, "  %d. %-40s %-18s %.2f%n", rank++, DisplayText.oneLine(u.name()), u.key(),
                        u.score());
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
