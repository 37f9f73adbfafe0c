package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.service.errands.ErrandSync;
import org.switchboard.service.replies.OutboxService;
import org.switchboard.service.sync.AccountSyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard sync --once}: one full sync pass. */
@Command(name = "sync", description = "one full sync pass: the connected accounts, then the errands mailbox, then "
        + "the follow-up ladder")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--once", description = "run one pass and exit (the window syncs continuously)")
    boolean once;

    @Option(names = "--account", paramLabel = "N", description = "only this account")
    String account;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!once) {
            throw new UserInputException("sync runs one pass with --once; the window keeps accounts in sync by itself");
        }
        List<AccountSyncResult> results = root.workspace().sync().syncOnce(account);
        // The errands mailbox and the ladder belong to the whole workspace, not to one account.
        ErrandSync.Result errands = account == null ? root.workspace().errandSync().runOnce() : null;
        // replies that are due go out after the sync (interrupted sends are read back first)
        root.workspace().outbox().recover();
        OutboxService.Delivered outbox = root.workspace().outbox().deliverDue();
        if (json) {
            ObjectNode out = JsonOut.object();
            ArrayNode accounts = out.putArray("accounts");
            for (AccountSyncResult r : results) {
                accounts.addObject().put("name", r.name()).put("platform", r.platform().id()).put("new", r.newItems())
                        .put("updated", r.updated()).put("pages", r.pages()).put("waitedSeconds", r.waitedSeconds())
                        .put("state", r.state().name()).put("error", r.error());
            }
            ObjectNode e = out.putObject("errands");
            e.put("answers", errands == null ? 0 : errands.answers())
                    .put("unmatched", errands == null ? 0 : errands.unmatched())
                    .put("reminders", errands == null ? 0 : errands.reminders())
                    .put("escalations", errands == null ? 0 : errands.escalations())
                    .put("leadFlags", errands == null ? 0 : errands.leadFlags())
                    .put("resent", errands == null ? 0 : errands.resent())
                    .put("unsent", errands == null ? 0 : errands.unsent())
                    .put("mailboxSetUp", errands != null && errands.mailboxSetUp())
                    .put("error", errands == null ? null : errands.mailboxError());
            out.putObject("outbox").put("sent", outbox.sent()).put("queued", outbox.queued())
                    .put("failed", outbox.failed()).put("needsAttention", outbox.needsAttention());
            root.env().out().println(JsonOut.write(out));
        } else {
            if (results.isEmpty()) {
                root.info("No connected accounts to sync (demo accounts never sync).");
            }
            for (AccountSyncResult r : results) {
                root.env().out().printf("%-32s %-9s %3d new, %3d updated, %2d pages%s — %s%s%n", r.name(),
                        r.platform().id(), r.newItems(), r.updated(), r.pages(),
                        r.waitedSeconds() > 0 ? ", waited " + r.waitedSeconds() + " s" : "", r.state(),
                        r.error() == null ? "" : ": " + r.error());
            }
            if (errands != null) {
                printErrands(errands);
            }
            if (outbox.sent() + outbox.queued() + outbox.failed() + outbox.needsAttention() > 0) {
                root.env().out().printf("Outbox: %d sent, %d queued for a retry, %d failed, %d need attention%n",
                        outbox.sent(), outbox.queued(), outbox.failed(), outbox.needsAttention());
            }
        }
        boolean mailboxFailed = errands != null && errands.failed();
        return results.stream().anyMatch(AccountSyncResult::failed) || mailboxFailed ? Cli.USER_ERROR : Cli.OK;
    }

    private void printErrands(ErrandSync.Result e) {
        if (e.failed()) {
            root.env().out().println("Errands mailbox: not read — " + e.mailboxError());
        } else if (!e.mailboxSetUp()) {
            root.info("Errands mailbox: not set up ('switchboard mail set …'); answers are not read.");
        } else {
            root.env().out().printf("Errands mailbox: %d answer%s applied, %d unmatched%n", e.answers(),
                    e.answers() == 1 ? "" : "s", e.unmatched());
        }
        root.env().out().printf("Follow-ups: %d reminder%s, %d escalation%s, %d lead flag%s; %d dossier%s resent, %d "
                + "still unsent%n", e.reminders(), e.reminders() == 1 ? "" : "s", e.escalations(),
                e.escalations() == 1 ? "" : "s", e.leadFlags(), e.leadFlags() == 1 ? "" : "s", e.resent(),
                e.resent() == 1 ? "" : "s", e.unsent());
    }
}
