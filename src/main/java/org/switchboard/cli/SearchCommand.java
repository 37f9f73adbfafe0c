package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.domain.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard search QUERY [--limit N] [--json]} and {@code search --reindex}. */
@Command(name = "search", description = "full-text search over messages, notes, contacts and errands; filters: "
        + "platform: status: from: unit: before: after: (dates as 2026-11-01)")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words, \"phrases\", prefix*, filters")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "at most N hits (1..1000)")
    int limit;

    @Option(names = "--reindex", description = "rebuild the index from the database")
    boolean reindex;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        var search = root.workspace().search();
        if (reindex) {
            long n = search.reindexAll(done -> {
                if (!json) {
                    root.env().err().print("\rindexed " + done + " cases");
                    root.env().err().flush();
                }
            });
            if (!json) {
                root.env().err().println();
            }
            root.info("The search index was rebuilt from the database: " + n + " cases.");
            return Cli.OK;
        }
        if (query == null || query.isEmpty()) {
            throw new UserInputException("say what to search for, e.g. 'search Bank platform:facebook'");
        }
        search.ensureBuilt();
        List<SearchHit> hits = search.search(String.join(" ", query), limit);
        if (json) {
            ArrayNode out = JsonOut.array();
            for (SearchHit h : hits) {
                out.addObject().put("case", String.valueOf(h.caseId()))
                        .put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .put("id", String.valueOf(h.id())).put("score", Math.round(h.score() * 1000) / 1000.0)
                        .put("snippet", h.snippet());
            }
            root.env().out().println(JsonOut.write(out));
        } else if (hits.isEmpty()) {
            root.info("Nothing found.");
        } else {
            for (SearchHit h : hits) {
                root.env().out().printf("case %-6d %-8s %s%n", h.caseId(), h.kind().name().toLowerCase(java.util.Locale.ROOT),
                        org.switchboard.domain.DisplayText.oneLine(h.snippet()));
            }
        }
        return Cli.OK;
    }
}
