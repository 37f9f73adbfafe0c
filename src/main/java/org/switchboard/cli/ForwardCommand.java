package org.switchboard.cli;

import java.util.concurrent.Callable;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.service.Workspace;
import org.switchboard.service.errands.ErrandView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard forward CASE --to UNIT}: creates and sends an errand; prints its reference. */
@Command(name = "forward", description = "forwards a case to a unit as a tracked errand and prints its reference")
final class ForwardCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "CASE", description = "case id")
    String caseId;

    @Option(names = "--to", required = true, paramLabel = "UNIT", description = "unit or person key (directory list)")
    String unit;

    @Option(names = "--via", paramLabel = "email|webhook|open311|phone", description = "channel (default email)")
    String via;

    @Option(names = "--due", paramLabel = "DATE|Nd|-Nd",
            description = "due date (default: the unit's due days in working days); may lie in the past")
    String due;

    @Option(names = "--note", paramLabel = "T", description = "a note for the colleagues")
    String note;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        long id = CaseActions.id(caseId);
        ErrandChannel channel = via == null ? null : ErrandChannel.parse(via);
        Workspace ws = root.workspace();
        ErrandView v = ws.errands().forward(id, unit, channel, due, note);
        Errand e = v.errand();
        if (json) {
            root.env().out().println(JsonOut.write(ErrandJson.errand(v, ws.errands().now())));
        } else {
            root.env().out().println(e.ref().value());
            root.info(switch (e.via()) {
                case PHONE -> "Call " + v.unitName() + (v.phone() == null ? " (no phone number in the directory)"
                        : " at " + v.phone()) + "; the call is recorded on case " + e.caseId() + ".";
                case EMAIL -> "Dossier for case " + e.caseId() + (v.delivered() ? " sent to " : " addressed to ")
                        + v.unitName() + " <" + e.recipient() + ">.";
                case WEBHOOK, OPEN311 -> "Case " + e.caseId() + (v.delivered() ? " sent to " : " addressed to ")
                        + v.unitName() + " via " + e.via().id() + (v.externalId() == null ? "" : " (" + v.externalId() + ")")
                        + ".";
            });
            root.info("Answer due " + JsonOut.time(e.dueAt()) + "; the case waits for the unit, and a draft update "
                    + "for the customer is ready.");
        }
        if (!v.delivered()) {
            root.env().err().println("Warning: " + e.ref().value() + " is not sent yet: " + v.deliveryError()
                    + ErrandJson.notSentAdvice(v));
        }
        return Cli.OK;
    }
}
