package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** case new, resolve, assign, merge and note add from the command line. */
class CaseActionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    private JsonNode json(String... args) throws Exception {
        var r = cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aPhoneCallBecomesACaseAndTheCallerIsFoundAgain() throws Exception {
        JsonNode c = json("case", "new", "--channel", "phone", "--from", "Erika Mustermann", "--phone", "+49 30 1234-567",
                "--text", "Die Ampel an der Schulstraße ist seit gestern aus.", "--json");
        assertThat(c.get("id").isTextual()).isTrue();
        assertThat(c.get("status").asText()).isEqualTo("NEW");
        assertThat(c.get("platform").asText()).isEqualTo("phone");
        assertThat(c.get("messages").get(0).get("text").asText()).contains("Ampel");
        assertThat(c.get("contact").get("identities").get(0).get("handle").asText()).isEqualTo("+49301234567");

        JsonNode again = json("case", "new", "--channel", "letter", "--from", "E. Mustermann", "--phone", "+4930 1234567",
                "--text", "Nachtrag: die Ampel ist immer noch aus.", "--json");
        assertThat(again.get("contact").get("id").asText()).isEqualTo(c.get("contact").get("id").asText());

        JsonNode queue = json("queue", "--platform", "phone", "--json");
        assertThat(queue).hasSize(1);

        var bad = cli.run("case", "new", "--channel", "fax", "--from", "X", "--text", "y");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("phone, letter, walk-in, email or other");
    }

    @Test
    void resolvingNeedsAnOutcomeAndAssignmentTakesMeAndNone() throws Exception {
        String id = json("case", "new", "--channel", "walk-in", "--from", "Herr Kaya", "--text", "Fundsache abgegeben",
                "--json").get("id").asText();
        assertThat(cli.run("case", "resolve", id).exitCode()).isEqualTo(1);
        assertThat(cli.run("case", "resolve", id, "--outcome", "maybe").err()).contains("fixed, scheduled");

        assertThat(cli.run("case", "assign", id, "--to", "mira").exitCode()).isZero();
        assertThat(json("case", "show", id, "--json").get("assignee").asText()).isEqualTo("mira");
        assertThat(cli.run("case", "assign", id, "--to", "none").exitCode()).isZero();
        assertThat(json("case", "show", id, "--json").get("assignee").isNull()).isTrue();

        assertThat(cli.run("case", "resolve", id, "--outcome", "answered", "--note", "Abgeholt").exitCode()).isZero();
        JsonNode c = json("case", "show", id, "--json");
        assertThat(c.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(c.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(c.get("notes").get(0).get("text").asText()).isEqualTo("Abgeholt");
        assertThat(json("queue", "--view", "resolved-today", "--json")).hasSize(1);
    }

    @Test
    void mergingMovesEverythingAndClosesTheOthersAsDuplicates() throws Exception {
        String a = json("case", "new", "--channel", "phone", "--from", "Anna", "--text", "Pfütze Bahnhofstraße", "--json")
                .get("id").asText();
        String b = json("case", "new", "--channel", "email", "--from", "Ben", "--email", "ben@example.org", "--text",
                "Riesige Pfütze vor Bahnhofstraße 12", "--json").get("id").asText();
        assertThat(cli.run("note", "add", b, "Gleicher Ort wie Annas Anruf").exitCode()).isZero();

        var merge = cli.run("case", "merge", a, b);
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        JsonNode target = json("case", "show", a, "--json");
        assertThat(target.get("messages")).hasSize(2);
        assertThat(target.get("notes")).hasSize(1);
        JsonNode other = json("case", "show", b, "--json");
        assertThat(other.get("status").asText()).isEqualTo("CLOSED");
        assertThat(other.get("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(other.get("messages")).isEmpty();
        assertThat(cli.run("case", "merge", a, b).exitCode()).isEqualTo(1);
        assertThat(cli.run("case", "merge", a).exitCode()).isEqualTo(1);
    }
}
