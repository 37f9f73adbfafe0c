package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code switchboard --data-dir NEW bench [--cases N] [--messages N] [--ingest N] [--notes N] [--errands N] [--runs N]
 * [--json]}.
 */
@Command(name = "bench", description = "builds a synthetic workspace in a new --data-dir and measures ingest, queue, "
        + "case, search, memory (default 1,000,000 cases / 5,000,000 messages; use small sizes for a smoke run)")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--cases", defaultValue = "1000000", paramLabel = "N")
    long cases;

    @Option(names = "--messages", defaultValue = "5000000", paramLabel = "N")
    long messages;

    @Option(names = "--runs", defaultValue = "200", paramLabel = "N", description = "measurements per figure")
    int runs;

    @Option(names = "--ingest", defaultValue = "-1", paramLabel = "N", description = "messages that go through the "
            + "sync path (default: all, at most 500,000); the rest of the workspace is bulk-loaded by JDBC batches")
    long ingest;

    @Option(names = "--notes", defaultValue = "-1", paramLabel = "N", description = "internal notes on the cases "
            + "(default: 5 %% of --cases, i.e. 50,000 per 1,000,000)")
    long notes;

    @Option(names = "--errands", defaultValue = "-1", paramLabel = "N", description = "errands to the synthetic "
            + "directory's units (default: 2 %% of --cases, i.e. 20,000 per 1,000,000)")
    long errands;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (cases < 4 || messages < cases || runs < 1) {
            throw new UserInputException("--cases must be at least 4, --messages at least --cases, --runs at least 1");
        }
        if (notes < -1 || errands < -1) {
            throw new UserInputException("--notes and --errands take a count of 0 or more (leave them out for 5 % and "
                    + "2 % of --cases)");
        }
        if (root.dataDir == null) {
            throw new UserInputException("name a new, empty folder for the benchmark's workspace with --data-dir");
        }
        List<BenchRunner.Figure> figures = root.env().bench().run(root.dataDir(), cases, messages, runs, ingest, notes,
                errands,
                json ? new java.io.PrintWriter(java.io.Writer.nullWriter()) : root.env().err());
        if (json) {
            ArrayNode out = JsonOut.array();
            for (BenchRunner.Figure f : figures) {
                var o = out.addObject().put("figure", f.name()).put("value", f.value()).put("target", f.target());
                if (f.met() == null) {
                    o.putNull("met");
                } else {
                    o.put("met", f.met());
                }
            }
            root.env().out().println(JsonOut.write(out));
        } else {
            var out = root.env().out();
            out.printf("%-58s %-48s %-28s %s%n", "FIGURE", "VALUE", "TARGET", "MET");
            for (BenchRunner.Figure f : figures) {
                out.printf("%-58s %-48s %-28s %s%n", f.name(), f.value(), f.target(),
                        f.met() == null ? "" : f.met() ? "yes" : "NO");
            }
        }
        return Cli.OK;
    }
}
