package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.routing.ProblemGroup;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.Workspace;
import org.switchboard.service.routing.RoutingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code switchboard route (CASE | --text T) [--json]}: the units that should take care of a case or a
 * text, best first, with reasons; one group per problem the text names.
 *
 * <p>The service comes from the workspace through {@code routing}, normally {@code Workspace::routing}
 * (the registration in {@link Cli}); tests hand in their own.
 */
@Command(name = "route", description = "suggested units for a case (or a text), best first, with reasons; "
        + "a text naming several problems yields one group per problem")
final class RouteCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "case id")
    String caseId;

    @Option(names = "--text", paramLabel = "T", description = "route this text instead of a case")
    String text;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    private final Function<Workspace, RoutingService> routing;

    RouteCommand(Function<Workspace, RoutingService> routing) {
        this.routing = routing;
    }

    @Override
    public Integer call() {
        if ((caseId == null) == (text == null)) {
            throw new UserInputException("route takes a case id or --text, e.g. 'route 12' or "
                    + "'route --text \"Die Bank im Stadtpark ist kaputt\"'");
        }
        RoutingService service = routing.apply(root.workspace());
        Routing result = text != null ? service.route(text) : service.route(parseId(caseId));
        PrintWriter out = root.env().out();
        if (json) {
            out.println(JsonOut.write(toJson(result)));
        } else {
            printText(result, out);
        }
        return Cli.OK;
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + id + "' is not a case id; case ids are numbers, e.g. 'route 12'");
        }
    }

    /** {@code {"groups":[{"problem","units":[{"key","name","score","reasons":[…]}]}]}} (CLI.md). */
    static ObjectNode toJson(Routing r) {
        ObjectNode o = JsonOut.object();
        ArrayNode groups = o.putArray("groups");
        for (ProblemGroup g : r.groups()) {
            ObjectNode go = groups.addObject();
            go.put("problem", g.problem());
            ArrayNode units = go.putArray("units");
            for (UnitScore u : g.units()) {
                ObjectNode uo = units.addObject();
                uo.put("key", u.key());
                uo.put("name", u.name());
                uo.put("score", u.score());
                uo.set("reasons", JsonOut.strings(u.reasons()));
            }
        }
        return o;
    }

    private static void printText(Routing r, PrintWriter out) {
        if (r.isEmpty()) {
            out.println("No unit of the directory matches. Check the directory's keywords ('directory list').");
            return;
        }
        int n = 1;
        for (ProblemGroup g : r.groups()) {
            out.printf("%sProblem %d: %s%n", n == 1 ? "" : System.lineSeparator(), n++,
                    DisplayText.oneLine(g.problem()));
            int rank = 1;
            for (UnitScore u : g.units()) {
                out.printf(Locale.ROOT, "  %d. %-40s %-18s %.2f%n", rank++, DisplayText.oneLine(u.name()), u.key(),
                        u.score());
                u.reasons().forEach(reason -> out.println("       " + DisplayText.oneLine(reason)));
            }
        }
    }
}
