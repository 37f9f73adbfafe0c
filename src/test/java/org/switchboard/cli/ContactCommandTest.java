package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** contact show and contact link from the command line. */
class ContactCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aContactOnTwoPlatformsIsShownAndTwoContactsAreLinked() throws Exception {
        CliRunner cli = new CliRunner(dir);
        cli.run("demo");
        JsonNode rows = JSON.readTree(cli.run("queue", "--limit", "1000", "--json").out());
        String lena = null;
        for (JsonNode r : rows) {
            if (r.get("contact").get("name").asText().equals("Lena Köhler")) {
                lena = r.get("contact").get("id").asText();
            }
        }
        assertThat(lena).isNotNull();
        var show = cli.run("contact", "show", lena, "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        JsonNode c = JSON.readTree(show.out());
        assertThat(c.get("identities").size()).isGreaterThanOrEqualTo(2);
        assertThat(c.get("cases").size()).isPositive();
        assertThat(c.has("earlierAttempts")).isTrue();
        assertThat(c.has("possiblySame")).isTrue();

        String other = JSON.readTree(cli.run("case", "new", "--channel", "phone", "--from", "Lena K.", "--phone", "0301",
                "--text", "Laptop?", "--json").out()).get("contact").get("id").asText();
        var link = cli.run("contact", "link", lena, other);
        assertThat(link.exitCode()).as(link.err()).isZero();
        JsonNode after = JSON.readTree(cli.run("contact", "show", lena, "--json").out());
        assertThat(after.get("cases").size()).isEqualTo(c.get("cases").size() + 1);
        assertThat(cli.run("contact", "show", "999999").exitCode()).isEqualTo(1);
        assertThat(cli.run("contact", "link", lena, lena).exitCode()).isEqualTo(1);
    }
}
