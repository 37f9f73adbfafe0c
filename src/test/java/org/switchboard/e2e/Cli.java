package org.switchboard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.switchboard.app.AppContext;

/** Runs the real command line in this JVM with a vault for secrets (tests never touch a real keychain). */
final class Cli {
    record Result(int exitCode, String out, String err) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dataDir;

    Cli(Path dataDir) {
        this.dataDir = dataDir;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        Map<String, String> env = Map.of("SWITCHBOARD_SECRET_STORE", "vault", "SWITCHBOARD_VAULT_PASSPHRASE", "e2e");
        var environment = new org.switchboard.cli.Cli.Environment(
                dir -> AppContext.openEmbedded(dir, Clock.systemUTC(), env), (dir, lang) -> 0, () -> dataDir, "e2e",
                new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new org.switchboard.cli.Cli(environment).run(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    JsonNode json(String... args) throws IOException {
        Result r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("exit " + r.exitCode() + ": " + r.err() + r.out());
        }
        return JSON.readTree(r.out());
    }
}
