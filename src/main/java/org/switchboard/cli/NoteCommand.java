package org.switchboard.cli;

import java.util.concurrent.Callable;
import org.switchboard.domain.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard note add CASE TEXT}. */
@Command(name = "note", description = "internal notes", subcommands = NoteCommand.Add.class)
final class NoteCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: note add CASE TEXT");
    }

    @Command(name = "add", description = "adds an internal note to a case (never sent to the customer)")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        NoteCommand parent;

        @Parameters(index = "0", paramLabel = "CASE")
        String caseId;

        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            Note n = parent.root.workspace().cases().addNote(CaseActions.id(caseId), text);
            parent.root.info("Note " + n.id() + " added to case " + caseId + ".");
            return Cli.OK;
        }
    }
}
