package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search and search --reindex from the command line, in the JSON shape of CLI.md. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void searchFindsInflectedWordsWithFiltersAndSurvivesALostIndex() throws Exception {
        CliRunner cli = new CliRunner(dir);
        assertThat(cli.run("demo").exitCode()).isZero();

        var r = cli.run("search", "Bänke", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode hits = JSON.readTree(r.out());
        assertThat(hits).isNotEmpty();
        for (JsonNode h : hits) {
            assertThat(h.get("case").isTextual()).isTrue();
            assertThat(h.get("id").isTextual()).isTrue();
            assertThat(h.get("kind").asText()).isIn("message", "note", "contact", "errand");
            assertThat(h.get("score").asDouble()).isPositive();
            assertThat(h.get("snippet").asText()).isNotBlank();
        }
        assertThat(hits.toString()).contains("«");

        JsonNode facebookOnly = JSON.readTree(cli.run("search", "Bank", "platform:facebook", "--json").out());
        JsonNode email = JSON.readTree(cli.run("search", "Bank", "platform:email", "--json").out());
        assertThat(facebookOnly.size()).isPositive();
        assertThat(facebookOnly).isNotEqualTo(email);

        // the index is a cache: delete it and the next search rebuilds it from the database
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(JSON.readTree(cli.run("search", "Bänke", "--json").out())).hasSameSizeAs(hits);

        var re = cli.run("search", "--reindex");
        assertThat(re.exitCode()).isZero();
        assertThat(re.out()).contains("rebuilt");
        assertThat(cli.run("search").exitCode()).isEqualTo(1);
        assertThat(cli.run("search", "Bank", "before:gestern").err()).contains("not a date");
    }
}
