package org.switchboard.cli;

import java.util.concurrent.Callable;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.Workspace;
import org.switchboard.service.errands.ErrandService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard errand update REF --status S}: records a status a unit gave, e.g. on the phone. */
@Command(name = "errand", description = "one errand: update, assign-mail, resend",
        subcommands = {ErrandCommand.Update.class, ErrandCommand.AssignMail.class, ErrandCommand.Resend.class})
final class ErrandCommand implements Runnable {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: errand update REF --status received|in-progress|done|declined|redirected, "
                        + "errand assign-mail MAIL_ID REF, or errand resend REF");
    }

    @Command(name = "update", description = "records a status (e.g. after a phone call); redirected needs --to")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        ErrandCommand parent;

        @Parameters(index = "0", paramLabel = "REF", description = "errand reference, e.g. SB-2026-000142")
        String ref;

        @Option(names = "--status", required = true, paramLabel = "received|in-progress|done|declined|redirected")
        String status;

        @Option(names = "--to", paramLabel = "UNIT", description = "for redirected: the unit it went to")
        String to;

        @Option(names = "--note", paramLabel = "T", description = "what the unit said")
        String note;

        @Override
        public Integer call() {
            Workspace ws = parent.root.workspace();
            ErrandService.Update u = ws.errands().update(ref, ErrandStatus.parse(status), to, note);
            var e = u.errand().errand();
            parent.root.info(e.ref().value() + " is now " + e.status().id() + " (" + u.errand().unitName() + ", case "
                    + e.caseId() + ").");
            if (u.followUp() != null) {
                var f = u.followUp().errand();
                parent.root.env().out().println(f.ref().value());
                parent.root.info("Follow-up errand " + f.ref().value() + " to " + u.followUp().unitName() + " via "
                        + f.via().id() + ", due " + JsonOut.time(f.dueAt()) + ".");
                if (!u.followUp().delivered()) {
                    parent.root.env().err().println("Warning: " + f.ref().value() + " is not sent yet: "
                            + u.followUp().deliveryError() + ErrandJson.notSentAdvice(u.followUp()));
                }
            }
            return Cli.OK;
        }
    }

    /** An answer mail that matched no errand ({@code errands --unmatched}), assigned to an errand by hand. */
    @Command(name = "assign-mail", description = "applies an unmatched answer mail to an errand as if it had matched")
    static final class AssignMail implements Callable<Integer> {
        @ParentCommand
        ErrandCommand parent;

        @Parameters(index = "0", paramLabel = "MAIL_ID", description = "the id errands --unmatched shows")
        String mailId;

        @Parameters(index = "1", paramLabel = "REF", description = "errand reference, e.g. SB-2026-000142")
        String ref;

        @Option(names = "--json", description = "print the errand as JSON")
        boolean json;

        @Override
        public Integer call() {
            long id;
            try {
                id = Long.parseLong(mailId.strip().replaceFirst("^#", ""));
            } catch (NumberFormatException e) {
                throw new UserInputException("'" + mailId + "' is not a mail id; 'switchboard errands --unmatched' "
                        + "lists them");
            }
            Workspace ws = parent.root.workspace();
            var v = ws.errands().assignUnmatched(id, ref);
            if (json) {
                parent.root.env().out().println(JsonOut.write(ErrandJson.errand(v, ws.errands().now())));
            } else {
                parent.root.info("Mail " + id + " is now part of " + v.errand().ref().value() + ", which is "
                        + v.errand().status().id() + ".");
            }
            return Cli.OK;
        }
    }

    /** An errand that is not at its unit (refused, given up, or still retrying) sent again now. */
    @Command(name = "resend", description = "sends an errand that did not reach its unit again, to the directory's "
            + "current address")
    static final class Resend implements Callable<Integer> {
        @ParentCommand
        ErrandCommand parent;

        @Parameters(index = "0", paramLabel = "REF", description = "errand reference, e.g. SB-2026-000142")
        String ref;

        @Option(names = "--json", description = "print the errand as JSON")
        boolean json;

        @Override
        public Integer call() {
            Workspace ws = parent.root.workspace();
            var v = ws.errands().resend(ref);
            if (json) {
                parent.root.env().out().println(JsonOut.write(ErrandJson.errand(v, ws.errands().now())));
            }
            if (v.delivered()) {
                parent.root.info(v.errand().ref().value() + " reached " + v.unitName() + " (" + v.errand().recipient()
                        + ").");
                return Cli.OK;
            }
            parent.root.env().err().println(v.errand().ref().value() + " is still not sent: " + v.deliveryError());
            return Cli.USER_ERROR;
        }
    }
}
