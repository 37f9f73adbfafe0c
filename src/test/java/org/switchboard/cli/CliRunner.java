package org.switchboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.app.AppContext;

/** Runs the real command line in this JVM, against a real data folder, capturing stdout and stderr. */
final class CliRunner {
    record Result(int exitCode, String out, String err) {}

    private final Path dataDir;
    private final java.util.Map<String, String> variables;
    private int guiLaunches;

    CliRunner(Path dataDir) {
        this(dataDir, java.util.Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
    }

    /** {@code env} chooses the secret store (tests never touch the developer's real keychain). */
    CliRunner(Path dataDir, java.util.Map<String, String> env) {
        this.dataDir = dataDir;
        this.variables = env;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        Cli.Environment env = new Cli.Environment(dir -> AppContext.openEmbedded(dir, Clock.systemUTC(), variables),
                (dir, lang) -> {
                    guiLaunches++;
                    return 0;
                }, () -> dataDir, "9.9.9-test", new PrintWriter(out, true), new PrintWriter(err, true));
        int code = new Cli(env).run(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    int guiLaunches() {
        return guiLaunches;
    }
}
