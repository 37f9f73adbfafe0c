package org.switchboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the benchmark harness; provided by the application (it builds its own workspace). */
@FunctionalInterface
public interface BenchRunner {
    /** One measured figure and its target ({@code met} null when there is no target). */
    record Figure(String name, String value, String target, Boolean met) {}

    /**
     * {@code ingest}: messages through the sync path (-1: the default), the rest is bulk-loaded; {@code notes} and
     * {@code errands}: how many the workspace gets (-1: 5 % and 2 % of the cases).
     */
    List<Figure> run(Path dataDir, long cases, long messages, int runs, long ingest, long notes, long errands,
                     PrintWriter progress) throws Exception;

    BenchRunner UNAVAILABLE = (d, c, m, r, i, n, e, p) -> {
        throw new UserInputException("the benchmark is run by the application launcher (switchboard bench)");
    };
}
