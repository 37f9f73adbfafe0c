package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.service.sync.AccountSyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard sync --once}: one full sync pass. */
@Command(name = "sync", description = "one full sync pass over the connected accounts")
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
        if (json) {
            ObjectNode out = JsonOut.object();
            ArrayNode accounts = out.putArray("accounts");
            for (AccountSyncResult r : results) {
                accounts.addObject().put("name", r.name()).put("platform", r.platform().id()).put("new", r.newItems())
                        .put("updated", r.updated()).put("pages", r.pages()).put("waitedSeconds", r.waitedSeconds())
                        .put("state", r.state().name()).put("error", r.error());
            }
            ObjectNode errands = out.putObject("errands");
            errands.put("answers", 0).put("unmatched", 0).put("reminders", 0).put("escalations", 0);
            root.env().out().println(JsonOut.write(out));
        } else if (results.isEmpty()) {
            root.info("No connected accounts to sync (demo accounts never sync).");
        } else {
            for (AccountSyncResult r : results) {
                root.env().out().printf("%-32s %-9s %3d new, %3d updated, %2d pages%s — %s%s%n", r.name(),
                        r.platform().id(), r.newItems(), r.updated(), r.pages(),
                        r.waitedSeconds() > 0 ? ", waited " + r.waitedSeconds() + " s" : "", r.state(),
                        r.error() == null ? "" : ": " + r.error());
            }
        }
        return results.stream().anyMatch(AccountSyncResult::failed) ? Cli.USER_ERROR : Cli.OK;
    }
}
