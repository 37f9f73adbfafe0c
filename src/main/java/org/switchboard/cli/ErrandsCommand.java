package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.service.Workspace;
import org.switchboard.service.errands.ErrandView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard errands}: errands with due dates and states, or the answers that matched none. */
@Command(name = "errands", description = "errands with due dates and states; --unmatched lists answer mails that "
        + "matched no errand")
final class ErrandsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--open", description = "only errands still open")
    boolean open;

    @Option(names = "--overdue", description = "only open errands past their due date")
    boolean overdue;

    @Option(names = "--unit", paramLabel = "U", description = "only errands of this unit")
    String unit;

    @Option(names = "--unmatched", description = "answer mails that matched no errand")
    boolean unmatched;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        if (unmatched) {
            if (open || overdue || unit != null) {
                throw new UserInputException("--unmatched lists mails, not errands: leave out --open, --overdue and --unit");
            }
            return printUnmatched(ws.errands().unmatched());
        }
        List<ErrandView> errands = ws.errands().list(open, overdue, unit);
        Instant now = ws.errands().now();
        if (json) {
            ArrayNode out = JsonOut.array();
            errands.forEach(v -> out.add(ErrandJson.errand(v, now)));
            root.env().out().println(JsonOut.write(out));
        } else if (errands.isEmpty()) {
            root.info("No errands" + (open || overdue || unit != null ? " match." : " yet. Forward a case with "
                    + "'switchboard forward CASE --to UNIT'."));
        } else {
            errands.forEach(v -> ErrandJson.line(root.env().out(), v, now));
        }
        return Cli.OK;
    }

    /** Lines for people start with the mail's id, which {@code errand assign-mail MAIL_ID REF} takes. */
    private int printUnmatched(List<UnmatchedMail> mails) {
        if (json) {
            ArrayNode out = JsonOut.array();
            mails.forEach(m -> out.add(ErrandJson.unmatched(m)));
            root.env().out().println(JsonOut.write(out));
        } else if (mails.isEmpty()) {
            root.info("No unmatched answers: every mail in the errands mailbox belonged to an errand.");
        } else {
            for (UnmatchedMail m : mails) {
                root.env().out().printf("#%d  %s  %s  \"%s\"%s%n", m.id(), JsonOut.time(m.receivedAt()), m.from(),
                        m.subject(),
                        m.attachments().isEmpty() ? "" : "  (" + m.attachments().size() + " files)");
            }
        }
        return Cli.OK;
    }
}
