package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.switchboard.domain.Case;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Platform;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ManualIntake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The case actions of CLI.md: new, resolve, assign, merge. */
final class CaseActions {
    private CaseActions() {}

    static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + text + "' is not a case id; case ids are numbers, e.g. 12");
        }
    }

    /** The case fields of the queue JSON for one case (after an action). */
    static ObjectNode json(Workspace ws, long caseId) {
        return CaseShowCommand.toJson(ws.cases().open(caseId));
    }

    @Command(name = "new", description = "logs a concern that came by phone, letter, visit or e-mail as a case")
    static final class New implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Option(names = "--channel", required = true, paramLabel = "phone|letter|walk-in|email|other")
        String channel;

        @Option(names = "--from", required = true, paramLabel = "NAME", description = "who it is from")
        String from;

        @Option(names = "--handle", paramLabel = "H")
        String handle;

        @Option(names = "--email", paramLabel = "E")
        String email;

        @Option(names = "--phone", paramLabel = "P")
        String phone;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "what they told us")
        String text;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            Workspace ws = parent.root.workspace();
            if (!List.of("phone", "letter", "walk-in", "email", "other").contains(channel.strip().toLowerCase(Locale.ROOT))) {
                throw new UserInputException("--channel takes phone, letter, walk-in, email or other, not '" + channel
                        + "'");
            }
            Case c = ws.intake().log(new ManualIntake.Concern(Platform.fromId(channel), from, handle, email, phone,
                    text));
            if (json) {
                parent.root.env().out().println(JsonOut.write(json(ws, c.id())));
            } else {
                parent.root.env().out().println(c.id());
                parent.root.info("Case " + c.id() + " logged from " + from + " (" + channel + ").");
            }
            return Cli.OK;
        }
    }

    @Command(name = "resolve", description = "resolves a case with an outcome (a note is needed while errands are open)")
    static final class Resolve implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--outcome", required = true,
                paramLabel = "fixed|scheduled|answered|declined|duplicate|no-action")
        String outcome;

        @Option(names = "--note", paramLabel = "T", description = "why; kept as an internal note")
        String note;

        @Override
        public Integer call() {
            Case c = parent.root.workspace().cases().resolve(id(id), Outcome.parse(outcome), note);
            parent.root.info("Case " + c.id() + " resolved: " + c.outcome().name().toLowerCase(Locale.ROOT) + ".");
            return Cli.OK;
        }
    }

    @Command(name = "assign", description = "assigns a case to an agent (me, a name, or none)")
    static final class Assign implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--to", required = true, paramLabel = "A|me|none")
        String to;

        @Override
        public Integer call() {
            String who = to.equalsIgnoreCase("none") ? null : to;
            Case c = parent.root.workspace().cases().assign(id(id), who);
            parent.root.info("Case " + c.id() + (c.assignee() == null ? " is unassigned." : " assigned to "
                    + c.assignee() + "."));
            return Cli.OK;
        }
    }

    @Command(name = "merge", description = "merges cases into the first: one concern reported several times")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "the case that keeps everything")
        String target;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "cases merged into it")
        List<String> others;

        @Override
        public Integer call() {
            Case c = parent.root.workspace().merger().merge(id(target), others.stream().map(CaseActions::id).toList());
            parent.root.info("Merged into case " + c.id() + " (" + c.messageCount() + " messages); the others are "
                    + "closed as duplicates.");
            return Cli.OK;
        }
    }
}
