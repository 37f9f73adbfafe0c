package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.switchboard.domain.AuditEvent;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Draft;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.Note;
import org.switchboard.service.cases.CaseDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code switchboard case show ID}. */
@Command(name = "show", description = "one case: contact, messages, notes, errands, drafts, history")
final class CaseShowCommand implements Callable<Integer> {
    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "case id")
    String id;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        long caseId;
        try {
            caseId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + id + "' is not a case id; case ids are numbers, e.g. 'case show 12'");
        }
        CaseDetail d = parent.root.workspace().cases().open(caseId);
        PrintWriter out = parent.root.env().out();
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = toJson(d);
            com.fasterxml.jackson.databind.node.ArrayNode same = o.putArray("possiblySame");
            for (var m : parent.root.workspace().duplicates().of(caseId)) {
                same.addObject().put("case", String.valueOf(m.caseId())).put("contact", m.contactName())
                        .put("platform", m.platform()).put("similarity", m.similarity());
            }
            out.println(JsonOut.write(o));
        } else {
            printText(d, out);
        }
        return Cli.OK;
    }

    static ObjectNode toJson(CaseDetail d) {
        ObjectNode o = JsonOut.object();
        o.put("id", String.valueOf(d.kase().id()));
        o.put("status", d.kase().status().name());
        o.put("outcome", d.kase().outcome() == null ? null : d.kase().outcome().name());
        o.put("priority", d.kase().priority().name());
        o.put("assignee", d.kase().assignee());
        o.set("tags", JsonOut.strings(d.kase().tags()));
        o.put("platform", d.kase().platform().id());
        o.put("account", d.accountName(d.kase().accountId()));
        o.put("createdAt", JsonOut.time(d.kase().createdAt()));
        o.put("lastActivityAt", JsonOut.time(d.kase().lastActivityAt()));
        o.put("waitingSince", JsonOut.time(d.kase().status().customerWaiting() ? d.kase().waitingSince() : null));
        o.put("resolvedAt", JsonOut.time(d.kase().resolvedAt()));

        ObjectNode contact = o.putObject("contact");
        contact.put("id", String.valueOf(d.contact().id()));
        contact.put("name", d.contact().name());
        contact.put("email", d.contact().email());
        contact.put("phone", d.contact().phone());
        ArrayNode ids = contact.putArray("identities");
        for (Identity i : d.identities()) {
            ids.addObject().put("platform", i.platform().id()).put("handle", i.handle()).put("url", i.url());
        }
        ArrayNode attempts = contact.putArray("earlierAttempts");
        for (EarlierAttempt a : d.attempts()) {
            attempts.addObject().put("id", String.valueOf(a.id())).put("date", a.date().toString())
                    .put("channel", a.channel()).put("addressee", a.addressee()).put("result", a.result());
        }
        ArrayNode others = contact.putArray("otherCases");
        d.otherCasesOfContact().forEach(c -> others.add(String.valueOf(c.id())));

        ArrayNode messages = o.putArray("messages");
        for (Message m : d.messages()) {
            ObjectNode mo = messages.addObject();
            mo.put("id", String.valueOf(m.id()));
            mo.put("platform", m.platform().id());
            mo.put("account", d.accountName(m.accountId()));
            mo.put("externalId", m.externalId());
            mo.put("direction", m.direction().id());
            mo.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            mo.put("author", m.author());
            mo.put("subject", m.subject());
            mo.put("text", m.text());
            mo.put("createdAt", JsonOut.time(m.createdAt()));
            mo.put("editedAt", JsonOut.time(m.editedAt()));
            ArrayNode history = mo.putArray("history");
            for (MessageEdit h : m.history()) {
                history.addObject().put("text", h.text()).put("at", JsonOut.time(h.at()));
            }
            mo.put("url", m.url());
            mo.put("inReplyTo", m.inReplyTo());
            ArrayNode files = mo.putArray("attachments");
            for (Attachment a : m.attachments()) {
                files.addObject().put("type", a.type()).put("url", a.url());
            }
        }
        ArrayNode notes = o.putArray("notes");
        for (Note n : d.notes()) {
            notes.addObject().put("id", String.valueOf(n.id())).put("author", n.author()).put("text", n.text())
                    .put("createdAt", JsonOut.time(n.createdAt())).put("pinned", n.pinned());
        }
        ArrayNode errands = o.putArray("errands");
        for (CaseDetail.ErrandWithEvents ew : d.errands()) {
            var e = ew.errand();
            ObjectNode eo = errands.addObject();
            eo.put("ref", e.ref().value());
            eo.put("unit", e.unitKey());
            eo.put("via", e.via().id());
            eo.put("status", e.status().id());
            eo.put("dueAt", JsonOut.time(e.dueAt()));
            eo.put("createdAt", JsonOut.time(e.createdAt()));
            ArrayNode events = eo.putArray("events");
            for (ErrandEvent ev : ew.events()) {
                events.addObject().put("at", JsonOut.time(ev.at())).put("type", ev.type().id()).put("by", ev.by())
                        .put("note", ev.note());
            }
        }
        ArrayNode drafts = o.putArray("drafts");
        for (Draft dr : d.drafts()) {
            drafts.addObject().put("id", String.valueOf(dr.id())).put("channel", dr.channel().id())
                    .put("text", dr.text()).put("state", dr.state().name())
                    .put("updatedAt", JsonOut.time(dr.updatedAt()));
        }
        ArrayNode history = o.putArray("history");
        for (AuditEvent a : d.history()) {
            history.addObject().put("at", JsonOut.time(a.at())).put("actor", a.actor()).put("action", a.action())
                    .put("detail", a.detail());
        }
        return o;
    }

    private static void printText(CaseDetail d, PrintWriter out) {
        var c = d.kase();
        out.printf("Case %d · %s · %s · %s%s%n", c.id(), c.status(), c.priority(), c.platform().displayName(),
                c.outcome() == null ? "" : " · " + c.outcome());
        out.printf("Contact: %s%n", DisplayText.oneLine(d.contact().name()));
        for (Identity i : d.identities()) {
            out.printf("  %s: %s%n", i.platform().displayName(), DisplayText.oneLine(i.handle()));
        }
        for (EarlierAttempt a : d.attempts()) {
            out.printf("  tried already: %s, %s, %s%s%n", a.date(), a.channel(), DisplayText.oneLine(a.addressee()),
                    a.result() == null ? "" : " — " + DisplayText.oneLine(a.result()));
        }
        out.println();
        for (Message m : d.messages()) {
            out.printf("%s %s %s (%s)%n", JsonOut.time(m.createdAt()), m.direction() == org.switchboard.domain.Direction.IN
                    ? "←" : "→", DisplayText.oneLine(m.author() == null ? "" : m.author()), m.platform().displayName());
            DisplayText.safe(m.text()).lines().forEach(l -> out.println("    " + l));
            for (Attachment a : m.attachments()) {
                out.println("    [" + a.type() + "] " + DisplayText.oneLine(a.url()));
            }
        }
        if (!d.notes().isEmpty()) {
            out.println();
            out.println("Internal notes:");
            for (Note n : d.notes()) {
                out.printf("  %s %s: %s%n", JsonOut.time(n.createdAt()), DisplayText.oneLine(n.author()),
                        DisplayText.oneLine(n.text()));
            }
        }
    }
}
