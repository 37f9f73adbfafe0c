package org.switchboard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.service.errands.ErrandView;

/** Errands and unmatched answers as CLI.md's JSON ({@code errands --json}) and as lines for people. */
final class ErrandJson {
    private ErrandJson() {}

    static ObjectNode errand(ErrandView v, Instant now) {
        Errand e = v.errand();
        ObjectNode o = JsonOut.object();
        o.put("ref", e.ref().value());
        o.put("case", String.valueOf(e.caseId()));
        o.put("unit", e.unitKey());
        o.put("recipient", e.recipient());
        o.put("via", e.via().id());
        o.put("status", e.status().id());
        o.put("dueAt", JsonOut.time(e.dueAt()));
        o.put("overdue", e.overdue(now));
        o.put("createdAt", JsonOut.time(e.createdAt()));
        o.put("updatedAt", JsonOut.time(e.updatedAt()));
        o.put("redirectedTo", e.redirectedTo());
        ArrayNode events = o.putArray("events");
        for (ErrandView.Step s : v.timeline()) {
            ErrandEvent ev = s.event();
            events.addObject().put("at", JsonOut.time(ev.at())).put("type", ev.type().id()).put("by", ev.by())
                    .put("note", ev.note()).set("files", JsonOut.strings(s.files()));
        }
        // Added fields (CLI.md: add, never rename): the unit's name and phone, and how delivery stands.
        o.put("unitName", v.unitName());
        o.put("phone", v.phone());
        o.put("delivered", v.delivered());
        o.put("deliveryError", v.deliveryError());
        o.put("externalId", v.externalId());
        var d = v.delivery();
        o.put("deliveryState", d == null || d.delivered() ? "delivered" : d.failure() == null ? "pending"
                : d.failure().id());
        o.put("nextAttemptAt", d == null || d.nextAttemptAt() == null ? null : JsonOut.time(d.nextAttemptAt()));
        o.put("attempts", d == null ? 0 : d.attempts());
        return o;
    }

    /** What happens next to an errand that is not at its unit, in words for the warning line. */
    static String notSentAdvice(ErrandView v) {
        var d = v.delivery();
        if (d != null && d.stopped()) {
            return " It is not tried again by itself: fix the unit's address in the directory (or the connection), "
                    + "then 'switchboard errand resend " + v.errand().ref().value() + "'.";
        }
        return " Switchboard tries again on the next sync" + (d == null || d.nextAttemptAt() == null ? "."
                : " from " + JsonOut.time(d.nextAttemptAt()) + ".");
    }

    static ObjectNode unmatched(UnmatchedMail m) {
        ObjectNode o = JsonOut.object();
        o.put("id", String.valueOf(m.id()));
        o.put("messageId", m.messageId());
        o.put("from", m.from());
        o.put("subject", m.subject());
        o.put("text", m.text());
        o.put("sentAt", JsonOut.time(m.sentAt()));
        o.put("receivedAt", JsonOut.time(m.receivedAt()));
        o.set("files", JsonOut.strings(m.attachments()));
        return o;
    }

    /** One line per errand: reference, state, due date, unit, case. */
    static void line(PrintWriter out, ErrandView v, Instant now) {
        Errand e = v.errand();
        String state = !v.delivered() ? "NOT SENT" : e.status().id().toUpperCase(java.util.Locale.ROOT);
        out.printf("%s  %-11s due %s%s  %-7s %s (%s), case %d%s%n", e.ref().value(), state, JsonOut.time(e.dueAt()),
                e.overdue(now) ? " OVERDUE" : "", e.via().id(), v.unitName(), e.unitKey(), e.caseId(),
                e.redirectedTo() == null ? "" : " → " + e.redirectedTo());
        if (!v.delivered() && v.deliveryError() != null) {
            out.printf("    not sent: %s%s%n", v.deliveryError(), v.delivery() != null && v.delivery().stopped()
                    ? " (not retried: 'switchboard errand resend " + e.ref().value() + "' once it is fixed)" : "");
        }
    }
}
