package org.switchboard.service.replies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A labelled file of replies (JSON lines {@code {"text","deflection","lang"}}) and how well the check does on it. */
final class LabelledReplies {
    record Reply(int line, String text, boolean deflection, String lang) {}

    record Outcome(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> wrong) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        String summary(String name) {
            return String.format(java.util.Locale.ROOT, "%s: precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)",
                    name, precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    private LabelledReplies() {}

    static List<Reply> read(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<Reply> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                LabelledReplies.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    out.add(new Reply(n, node.get("text").asText(), node.get("deflection").asBoolean(),
                            node.get("lang").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Outcome judge(List<Reply> replies, DeflectionCheck check) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> wrong = new ArrayList<>();
        for (Reply r : replies) {
            Verdict v = check.check(r.text(), null);
            if (v.deflection() && r.deflection()) {
                tp++;
            } else if (v.deflection()) {
                fp++;
            } else if (r.deflection()) {
                fn++;
            } else {
                tn++;
            }
            if (v.deflection() != r.deflection()) {
                wrong.add("line " + r.line() + " (" + (r.deflection() ? "missed" : "false alarm") + ", " + v.score()
                        + "): " + r.text() + "\n      " + v.reasons());
            }
        }
        return new Outcome(tp, fp, fn, tn, wrong);
    }
}
