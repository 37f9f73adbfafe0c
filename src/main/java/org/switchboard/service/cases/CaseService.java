package org.switchboard.service.cases;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Note;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/** Reading a case with everything around it, and the case actions. Background threads only. */
public final class CaseService {
    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Agent agent;

    public CaseService(Repositories repos, Audit audit, EventBus events, Clock clock, Agent agent) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.agent = agent;
    }

    /** The whole case: contact, identities, earlier attempts, conversation, notes, errands, drafts, history. */
    public CaseDetail open(long caseId) {
        return repos.tx().inTransaction(() -> {
            Case c = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
            Contact contact = repos.contacts().find(c.contactId())
                    .orElseThrow(() -> new NotFoundException("contact", c.contactId()));
            List<CaseDetail.ErrandWithEvents> errands = repos.errands().forCase(caseId).stream()
                    .map(e -> new CaseDetail.ErrandWithEvents(e, repos.errands().events(e.id()))).toList();
            Map<Long, String> accountNames = new HashMap<>();
            for (Account a : repos.accounts().list()) {
                accountNames.put(a.id(), a.name());
            }
            List<Case> others = repos.cases().casesOf(contact.id()).stream().filter(o -> o.id() != caseId).toList();
            return new CaseDetail(c, contact, repos.contacts().identities(contact.id()),
                    repos.contacts().attempts(contact.id()), repos.messages().forCase(caseId),
                    repos.notes().forCase(caseId), errands, repos.drafts().forCase(caseId),
                    repos.audit().forSubject("case", String.valueOf(caseId)), others, accountNames);
        });
    }

    /** Marks the case as seen by the agent (the queue's unread marker). */
    public void markRead(long caseId) {
        repos.cases().markRead(caseId);
    }

    public Case assign(long caseId, String assignee) {
        String who = assignee == null || assignee.isBlank() ? null
                : assignee.equalsIgnoreCase("me") ? agent.name() : assignee.strip();
        return change(caseId, "case.assigned", who == null ? "unassigned" : who, c -> c.withAssignee(who));
    }

    public Case setPriority(long caseId, Priority priority) {
        return change(caseId, "case.priority", priority.name(), c -> c.withPriority(priority));
    }

    public Case setTags(long caseId, List<String> tags) {
        List<String> clean = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        for (String t : clean) {
            if (t.length() > 80) {
                throw new ValidationException("tag '" + t.substring(0, 20) + "…' is longer than 80 characters");
            }
        }
        return change(caseId, "case.tags", String.join(", ", clean), c -> c.withTags(clean));
    }

    /** Moves a case to a status that needs no outcome (use {@link #resolve} for RESOLVED). */
    public Case setStatus(long caseId, CaseStatus status) {
        if (status == CaseStatus.RESOLVED) {
            throw new ValidationException("resolving a case needs an outcome");
        }
        return change(caseId, "case.status", status.name(),
                c -> c.withStatus(status, status == CaseStatus.CLOSED ? c.outcome() : null,
                        status == CaseStatus.CLOSED ? c.resolvedAt() == null ? clock.instant() : c.resolvedAt() : null));
    }

    public Case resolve(long caseId, Outcome outcome, String note) {
        if (outcome == null) {
            throw new ValidationException("resolving a case needs an outcome: fixed, scheduled, answered, declined, "
                    + "duplicate or no-action");
        }
        long open = repos.errands().forCase(caseId).stream().filter(e -> e.status().open()).count();
        if (open > 0 && (note == null || note.isBlank())) {
            throw new ValidationException("case " + caseId + " still has " + open + " open errand"
                    + (open == 1 ? "" : "s") + " with a department; say why it is resolved anyway (a note, --note)");
        }
        Case resolved = repos.tx().inTransaction(() -> {
            Case c = change(caseId, "case.resolved", outcome.name(),
                    k -> k.withStatus(CaseStatus.RESOLVED, outcome, clock.instant()));
            if (note != null && !note.isBlank()) {
                addNote(caseId, note);
            }
            return c;
        });
        return resolved;
    }

    public Note addNote(long caseId, String text) {
        Note saved = repos.tx().inTransaction(() -> {
            repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
            java.time.Instant now = clock.instant(); // one instant: a fresh note is not "edited"
            Note n = repos.notes().insert(new Note(0, caseId, null, agent.name(), text, false, now, now, 0));
            audit.record("note.added", "case", caseId, null);
            return n;
        });
        events.publish(new Event.CaseChanged(caseId, false));
        return saved;
    }

    /** Adds a note written by someone else at another time (imports and the demo workspace). */
    public Note addNoteAs(long caseId, String author, String text, java.time.Instant at) {
        Note n = repos.notes().insert(new Note(0, caseId, null, author, text, false, at, at, 0));
        audit.record("note.added", "case", caseId, author);
        return n;
    }

    private Case change(long caseId, String action, String detail, UnaryOperator<Case> edit) {
        Case saved = repos.tx().inTransaction(() -> {
            Case c = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
            Case updated = repos.cases().update(edit.apply(c));
            audit.record(action, "case", caseId, detail);
            lastChange = new Undo(c, updated.version(), action);
            return updated;
        });
        events.publish(new Event.CaseChanged(caseId, false));
        return saved;
    }

    /** The last case action of this workstation, for undo: the case as it was, and the version it made. */
    private record Undo(Case before, long versionAfter, String action) {}

    private volatile Undo lastChange;

    /** What undo would take back ("case.assigned" …), or null when there is nothing to undo. */
    public String undoableAction() {
        Undo u = lastChange;
        return u == null ? null : u.action();
    }

    /**
     * Takes back the last case action (assignment, priority, tags, status, resolve) if nobody changed the
     * case since; otherwise a StaleWriteException says so and nothing changes.
     */
    public Case undoLast() {
        Undo u = lastChange;
        if (u == null) {
            throw new ValidationException("there is nothing to undo");
        }
        Case restored = repos.tx().inTransaction(() -> {
            Case now = repos.cases().find(u.before().id())
                    .orElseThrow(() -> new NotFoundException("case", u.before().id()));
            if (now.version() != u.versionAfter()) {
                throw new org.switchboard.domain.StaleWriteException("case", now.id(), u.versionAfter());
            }
            Case b = u.before();
            Case back = new Case(now.id(), b.status(), b.outcome(), b.priority(), b.assignee(), b.tags(),
                    now.contactId(), now.accountId(), now.platform(), now.preview(), now.createdAt(),
                    now.lastActivityAt(), now.waitingSince(), now.messageCount(), b.resolvedAt(), now.version());
            Case saved = repos.cases().update(back);
            audit.record("case.undo", "case", now.id(), u.action());
            return saved;
        });
        lastChange = null;
        events.publish(new Event.CaseChanged(restored.id(), false));
        return restored;
    }
}
