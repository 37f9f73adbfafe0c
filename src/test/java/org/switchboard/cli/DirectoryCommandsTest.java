package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** directory import, export and list in the file format of CLI.md. */
class DirectoryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(DirectoryCommandsTest.class.getResource("/directory/" + name)).toURI());
    }

    @Test
    void aGoodCsvIsImportedListedAndExportedAgainUnchanged() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        var r = cli.run("directory", "import", resource("good.csv").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 units and 1 people");

        JsonNode list = JSON.readTree(cli.run("directory", "list", "--json").out());
        assertThat(list).hasSize(3);
        JsonNode roads = null;
        for (JsonNode e : list) {
            if (e.get("key").asText().equals("roads")) {
                roads = e;
            }
        }
        assertThat(roads).isNotNull();
        assertThat(roads.get("phone").asText()).isEqualTo("+49 30 1234-500;+49 30 1234-501");
        assertThat(roads.get("keywords").asText()).isEqualTo("Gehweg;Straße;Schlagloch;pothole;pavement");
        assertThat(roads.get("due_days").asInt()).isEqualTo(5);
        assertThat(roads.get("escalates_to").asText()).isEqualTo("p.mueller");

        Path exported = dir.resolve("export.csv");
        assertThat(cli.run("directory", "export", exported.toString()).exitCode()).isZero();
        String csv = Files.readString(exported);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("type,key,name,unit,email,phone,webhook_url,"
                + "open311_endpoint,open311_service_code,keywords,categories,due_days,office_hours,escalates_to");
        assertThat(csv).contains("\"Grünflächenamt, Abteilung Parks\"");

        CliRunner other = new CliRunner(dir.resolve("other"));
        assertThat(other.run("directory", "import", exported.toString()).exitCode()).isZero();
        assertThat(JSON.readTree(other.run("directory", "list", "--json").out())).isEqualTo(list);

        Path json = dir.resolve("export.json");
        assertThat(cli.run("directory", "export", json.toString()).exitCode()).isZero();
        assertThat(JSON.readTree(Files.readString(json))).hasSize(3);
    }

    @Test
    void everyBadRowIsReportedWithLineColumnAndReasonAndNothingIsImported() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        var r = cli.run("directory", "import", resource("bad.csv").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing was imported")
                .contains("line 2, email: 'kein-mail' is not an e-mail address")
                .contains("line 2, due_days: 'fünf' is not a whole number")
                .contains("line 3, key: 'roads' is used twice (also line 2)")
                .contains("line 3, office_hours:")
                .contains("line 4, unit: no unit with key 'nowhere'")
                .contains("line 4, escalates_to: no unit or person with key 'ghost'")
                .contains("line 5, type: 'robot' is neither 'unit' nor 'person'");
        assertThat(JSON.readTree(cli.run("directory", "list", "--json").out())).isEmpty();
    }

    @Test
    void jsonFilesWithListsImportToo() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("data"));
        var r = cli.run("directory", "import", resource("good.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode list = JSON.readTree(cli.run("directory", "list", "--json").out());
        assertThat(list.get(0).get("keywords").asText()).isEqualTo("Fundsache;Laptop;lost;found");
        assertThat(cli.run("directory", "import", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(1);
        assertThat(cli.run("directory", "import", resource("good.json").getParent().resolve("x.txt").toString())
                .err()).contains(".csv nor .json");
    }
}
