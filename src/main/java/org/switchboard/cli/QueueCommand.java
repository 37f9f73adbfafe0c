package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.switchboard.domain.Account;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.AssigneeFilter;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard queue}: the queue as the window shows it. */
@Command(name = "queue", description = "the queue: every case not closed, longest waiting first")
final class QueueCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--status", split = ",", paramLabel = "S", description = "NEW, OPEN, WAITING_CUSTOMER, "
            + "WAITING_INTERNAL, RESOLVED, CLOSED (comma-separated)")
    List<String> statuses;

    @Option(names = "--platform", paramLabel = "P", description = "facebook, instagram, threads, x, bluesky, "
            + "mastodon, email, phone, letter, walk-in, other")
    String platform;

    @Option(names = "--account", paramLabel = "N", description = "account name")
    String account;

    @Option(names = "--assignee", paramLabel = "A|me|none", description = "an agent, me, or none (unassigned)")
    String assignee;

    @Option(names = "--view", paramLabel = "V", description = "all, new, mine, unassigned, waiting-internal, "
            + "overdue, resolved-today")
    String view;

    @Option(names = "--priority", paramLabel = "P", description = "low, normal, high, urgent")
    String priority;

    @Option(names = "--tag", paramLabel = "T", description = "only cases with this tag")
    String tag;

    @Option(names = "--sort", paramLabel = "waiting|newest|priority", description = "order (default: waiting)")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N cases (1..10000)")
    int limit;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        QueueFilter filter = filter(ws);
        QueueSort order = sort == null ? QueueSort.WAITING : parseSort(sort);
        QueuePage page = ws.queue().page(QueueQuery.firstPage(filter, order, limit));
        if (json) {
            ArrayNode out = JsonOut.array();
            page.rows().forEach(r -> out.add(toJson(r)));
            root.env().out().println(JsonOut.write(out));
        } else {
            printTable(page.rows());
        }
        return Cli.OK;
    }

    private QueueFilter filter(Workspace ws) {
        QueueFilter f = view == null ? QueueFilter.NOT_CLOSED : ws.queue().filterOf(SavedView.parse(view));
        if (statuses != null && !statuses.isEmpty()) {
            Set<CaseStatus> set = EnumSet.noneOf(CaseStatus.class);
            statuses.stream().filter(s -> !s.isBlank()).map(CaseStatus::parse).forEach(set::add);
            f = f.withStatuses(set);
        }
        if (platform != null) {
            f = f.withPlatform(Platform.fromId(platform));
        }
        if (account != null) {
            Account a = ws.accounts().list().stream().filter(x -> x.name().equals(account)).findFirst()
                    .orElseThrow(() -> new UserInputException("no account named '" + account + "'; "
                            + "'switchboard account list' shows the names"));
            f = f.withAccount(a.id());
        }
        if (assignee != null) {
            f = f.withAssignee(AssigneeFilter.parse(assignee, ws.agent().name()));
        }
        if (priority != null) {
            f = f.withPriority(Priority.parse(priority));
        }
        if (tag != null) {
            f = f.withTag(tag);
        }
        return f;
    }

    private static QueueSort parseSort(String text) {
        try {
            return QueueSort.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--sort takes waiting, newest or priority, not '" + text + "'");
        }
    }

    static ObjectNode toJson(QueueRow r) {
        ObjectNode o = JsonOut.object();
        o.put("id", String.valueOf(r.id()));
        o.put("status", r.status().name());
        o.put("priority", r.priority().name());
        o.put("platform", r.platform().id());
        o.put("account", r.accountName());
        ObjectNode contact = o.putObject("contact");
        contact.put("id", String.valueOf(r.contactId()));
        contact.put("name", r.contactName());
        contact.put("handle", r.contactHandle());
        o.put("preview", r.preview());
        o.put("createdAt", JsonOut.time(r.createdAt()));
        o.put("lastActivityAt", JsonOut.time(r.lastActivityAt()));
        o.put("waitingSince", JsonOut.time(r.waitingSince()));
        o.put("messageCount", r.messageCount());
        o.put("assignee", r.assignee());
        o.set("tags", JsonOut.strings(r.tags()));
        o.put("openErrands", r.openErrands());
        o.put("overdueErrands", r.overdueErrands());
        o.put("unread", r.unread());
        return o;
    }

    private void printTable(List<QueueRow> rows) {
        var out = root.env().out();
        if (rows.isEmpty()) {
            root.info("The queue is empty.");
            return;
        }
        out.printf("%-6s %-16s %-7s %-9s %-22s %-8s %s%n", "ID", "STATUS", "PRIO", "PLATFORM", "CONTACT", "WAITING",
                "PREVIEW");
        Instant now = Instant.now();
        for (QueueRow r : rows) {
            out.printf("%-6s %-16s %-7s %-9s %-22s %-8s %s%n", r.id(), r.status(), r.priority(), r.platform().id(),
                    clip(r.contactName(), 22), r.waitingSince() == null ? "-" : age(Duration.between(r.waitingSince(), now)),
                    clip(org.switchboard.domain.DisplayText.oneLine(r.preview()), 60));
        }
    }

    static String age(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + "d";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h";
        }
        return Math.max(0, d.toMinutes()) + "m";
    }

    private static String clip(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
