package org.switchboard.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.switchboard.cli.Cli;
import org.switchboard.ui.shell.UiLauncher;

/**
 * Entry point: the window without arguments (or with {@code gui}), otherwise a command (CLI.md).
 * Deliberately not a JavaFX {@code Application}, so the jar starts from the plain classpath.
 */
public final class Main {
    /** Held so the JDK logging level set on it is not garbage-collected away. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program with {@code args} and returns the exit code. */
    public static int run(String[] args) {
        // Lucene's hint about the incubating vector module is for servers; it must not clutter a command's stderr.
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path dataDir = dataDirFrom(args);
        LoggingSetup.init(dataDir);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemDefaultZone();
        var env = new Cli.Environment(
                dir -> AppContext.openEmbedded(dir, clock),
                (dir, language) -> window(dir, language, clock, err),
                DataPaths::defaultDataDir, Version.current(), out, err, Main::bench);
        return new Cli(env).run(args);
    }

    private static java.util.List<org.switchboard.cli.BenchRunner.Figure> bench(Path dir, long cases, long messages,
                                                                             int runs, long ingest, long notes,
                                                                             long errands, PrintWriter progress)
            throws Exception {
        var figures = new org.switchboard.app.bench.Benchmark(
                new org.switchboard.app.bench.Benchmark.Options(dir, cases, messages, runs, ingest, true, notes,
                        errands), progress).run();
        return figures.stream().map(f -> new org.switchboard.cli.BenchRunner.Figure(f.name(), f.value(), f.target(),
                f.met())).toList();
    }

    private static int window(Path dir, String language, Clock clock, PrintWriter err) {
        try {
            return UiLauncher.launch(new UiLauncher.Startup(dir, language, d -> AppContext.openEmbedded(d, clock),
                    Version.current()));
        } catch (UnsupportedOperationException e) {
            // JavaFX found no display (a server, an SSH session without X forwarding)
            if (e.getMessage() != null && e.getMessage().contains("DISPLAY")) {
                err.println("The window needs a graphical desktop, and none was found (DISPLAY is not set or cannot be "
                        + "opened). Start Switchboard on a desktop, or use a command such as 'queue' or 'sync --once' "
                        + "(see --help).");
                return 1;
            }
            throw e;
        }
    }

    /** The data folder named by {@code --data-dir} (either spelling), or the OS default; needed before logging starts. */
    static Path dataDirFrom(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
        }
        return DataPaths.defaultDataDir();
    }
}
