package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** account add/list/remove and sync --once from the command line; secrets never leak. */
class AccountCommandsTest {
    private static final String TOKEN = "secret-token-4c1d9e7a0b";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void withoutAKeychainOrPassphraseAddingAnAccountFailsAndStoresNothing() throws Exception {
        CliRunner cli = new CliRunner(dir, Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
        var r = cli.run("account", "add", "mastodon", "--name", "City", "--instance", "https://social.example",
                "--token", TOKEN);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("SWITCHBOARD_VAULT_PASSPHRASE");
        assertThat(JSON.readTree(cli.run("account", "list", "--json").out())).isEmpty();
    }

    @Test
    void anAddedAccountIsListedItsTokenIsNowhereInPlainTextAndRemovingForgetsIt() throws Exception {
        CliRunner cli = new CliRunner(dir, Map.of("SWITCHBOARD_SECRET_STORE", "vault",
                "SWITCHBOARD_VAULT_PASSPHRASE", "pw-for-tests"));
        Path tokenFile = dir.resolve("../token.txt").normalize();
        Files.writeString(tokenFile, TOKEN + "\n");
        var add = cli.run("account", "add", "mastodon", "--name", "City", "--instance", "http://127.0.0.1:9",
                "--token-file", tokenFile.toString());
        Files.delete(tokenFile); // outside the data folder on purpose (it is searched below), so not cleaned up with it
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("City").contains("vault");

        JsonNode list = JSON.readTree(cli.run("account", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("platform").asText()).isEqualTo("mastodon");
        assertThat(list.get(0).get("name").asText()).isEqualTo("City");
        assertThat(list.get(0).has("lastSyncAt")).isTrue();

        var sync = cli.run("sync", "--once", "--json");
        JsonNode report = JSON.readTree(sync.out());
        assertThat(report.get("accounts").get(0).get("name").asText()).isEqualTo("City");
        assertThat(report.get("errands").has("answers")).isTrue();

        var dup = cli.run("account", "add", "mastodon", "--name", "City", "--instance", "https://x.example",
                "--token", "other");
        assertThat(dup.exitCode()).isEqualTo(1);
        assertThat(dup.err()).contains("exists already");

        for (String output : new String[] {add.out(), add.err(), sync.out(), sync.err()}) {
            assertThat(output).doesNotContain(TOKEN);
        }
        assertThat(filesContaining(dir, TOKEN)).as("no file in the data folder holds the token in plain text")
                .isEmpty();

        assertThat(cli.run("account", "remove", "City").exitCode()).isZero();
        assertThat(JSON.readTree(cli.run("account", "list", "--json").out())).isEmpty();
        assertThat(cli.run("account", "remove", "City").exitCode()).isEqualTo(1);
    }

    @Test
    void secretsMustComeFromExactlyOneSource() {
        CliRunner cli = new CliRunner(dir, Map.of("SWITCHBOARD_SECRET_STORE", "vault",
                "SWITCHBOARD_VAULT_PASSPHRASE", "pw"));
        var none = cli.run("account", "add", "mastodon", "--name", "A", "--instance", "https://s.example");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("--token-file");
        var missingEnv = cli.run("account", "add", "facebook", "--name", "F", "--page-id", "123",
                "--token-env", "NO_SUCH_VARIABLE_HERE");
        assertThat(missingEnv.exitCode()).isEqualTo(1);
        assertThat(missingEnv.err()).contains("NO_SUCH_VARIABLE_HERE");
        var badUrl = cli.run("account", "add", "bluesky", "--name", "B", "--service", "not a url",
                "--identifier", "city.bsky.social", "--app-password", "x");
        assertThat(badUrl.exitCode()).isEqualTo(1);
        assertThat(badUrl.err()).contains("--service");
        assertThat(cli.run("sync").exitCode()).isEqualTo(1);
        assertThat(cli.run("account", "add", "mastodon", "--help").out()).contains("--instance");
    }

    private static java.util.List<Path> filesContaining(Path root, String needle) throws IOException {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, bytes)).toList();
        }
    }

    private static boolean contains(Path f, byte[] needle) {
        try {
            byte[] all = Files.readAllBytes(f);
            outer:
            for (int i = 0; i + needle.length <= all.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (all[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
