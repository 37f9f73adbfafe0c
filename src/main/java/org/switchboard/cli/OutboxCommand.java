package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.service.replies.OutboxService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code switchboard outbox [--flush] [--json]}: the outbox (sent entries of the last 7 days stay listed);
 * {@code --flush} first settles interrupted sends by read-back, then delivers everything queued, waiting out
 * retry delays of up to 30 s. Exit 1 when a flush leaves a reply failed, in need of attention or still queued.
 */
@Command(name = "outbox", description = "shows the outbox (sent entries of the last 7 days stay listed); --flush "
        + "delivers everything queued, waiting out retry delays of up to 30 s")
final class OutboxCommand implements Callable<Integer> {
    static final Duration FLUSH_WAIT = Duration.ofSeconds(30);

    @ParentCommand
    RootCommand root;

    @Option(names = "--flush", description = "deliver everything queued now")
    boolean flush;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        OutboxService outbox = root.workspace().outbox();
        OutboxService.Delivered delivered = flush ? outbox.flush(FLUSH_WAIT) : null;
        List<OutboxEntry> entries = outbox.list();
        if (json) {
            ArrayNode all = JsonOut.array();
            entries.forEach(e -> all.add(toJson(e)));
            root.env().out().println(JsonOut.write(all));
        } else {
            if (entries.isEmpty()) {
                root.info("The outbox is empty.");
            }
            for (OutboxEntry e : entries) {
                root.env().out().printf("%-6s case %-6s %-9s %-24s %-7s %-15s %d attempt%s  %s%n", e.id(), e.caseId(),
                        e.platform().id(), DisplayText.oneLine(e.accountName()), e.channel().id(), e.state(),
                        e.attempts(), e.attempts() == 1 ? "" : "s", DisplayText.oneLine(shorten(e.text())));
                if (e.lastError() != null && e.state() != OutboxEntry.State.SENT) {
                    root.env().out().println("       " + DisplayText.oneLine(e.lastError()));
                }
            }
            if (delivered != null) {
                root.info("Flushed: " + delivered.sent() + " sent, " + delivered.failed() + " failed, "
                        + delivered.needsAttention() + " need attention.");
            }
        }
        if (!flush) {
            return Cli.OK;
        }
        long open = entries.stream().filter(e -> e.state() == OutboxEntry.State.QUEUED
                || e.state() == OutboxEntry.State.SENDING).count();
        boolean troubled = delivered.failed() + delivered.needsAttention() > 0;
        if (troubled || open > 0) {
            root.env().err().println((troubled ? (delivered.failed() + delivered.needsAttention())
                    + " repl" + (delivered.failed() + delivered.needsAttention() == 1 ? "y" : "ies")
                    + " could not be sent (see lastError)" : "") + (troubled && open > 0 ? "; " : "")
                    + (open > 0 ? open + " still queued for a later retry" : "") + ".");
            return Cli.USER_ERROR;
        }
        return Cli.OK;
    }

    /** {@code {"id","case","platform","account","channel","state","attempts","lastError","externalId","text",
     * "createdAt","sentAt"}} (CLI.md) plus {@code nextAttemptAt}. */
    static ObjectNode toJson(OutboxEntry e) {
        ObjectNode o = JsonOut.object();
        o.put("id", String.valueOf(e.id()));
        o.put("case", String.valueOf(e.caseId()));
        o.put("platform", e.platform().id());
        o.put("account", e.accountName());
        o.put("channel", e.channel().id());
        o.put("state", e.state().name());
        o.put("attempts", e.attempts());
        o.put("lastError", e.lastError());
        o.put("externalId", e.externalId());
        o.put("text", e.text());
        o.put("createdAt", JsonOut.time(e.createdAt()));
        o.put("sentAt", JsonOut.time(e.sentAt()));
        o.put("nextAttemptAt", JsonOut.time(e.nextAttemptAt()));
        return o;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
