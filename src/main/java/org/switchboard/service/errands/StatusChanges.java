package org.switchboard.service.errands;

import java.time.Clock;
import java.util.List;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.port.DirectoryRepository;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.CaseService;

/**
 * Records what a unit said about an errand — by mail or as told on the phone — in one transaction: the
 * event (with the words and files), the new status, and what follows for the case: back to the agent's
 * queue when the errand is finished, and after "done" a draft asking the customer whether it is fixed.
 * Background threads only.
 */
final class StatusChanges {
    private final ErrandPorts ports;
    private final DirectoryRepository directory;
    private final CaseService cases;
    private final CustomerDrafts drafts;
    private final Audit audit;
    private final Clock clock;
    /** The cases linked with an errand's case as the same problem; they get the same outcome. */
    private final java.util.function.LongFunction<List<Long>> linkedCases;

    StatusChanges(ErrandPorts ports, DirectoryRepository directory, CaseService cases, CustomerDrafts drafts,
                  Audit audit, Clock clock, java.util.function.LongFunction<List<Long>> linkedCases) {
        this.linkedCases = linkedCases;
        this.ports = ports;
        this.directory = directory;
        this.cases = cases;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was said: a status (null: only words), where it went instead, who said it, words and files. */
    record Said(ErrandStatus status, String redirectedTo, String by, String note, List<MailAttachment> files) {}

    /**
     * Applies {@code said} to the errand. {@code manual} (an agent's update) may set any status; an answer
     * by mail only moves an errand forward (a late "received" after "done" stays a note in the timeline).
     */
    Errand apply(long errandId, Said said, boolean manual) {
        return ports.tx().inTransaction(() -> {
            Errand e = ports.errands().find(errandId).orElseThrow(() -> new NotFoundException("errand", errandId));
            ErrandStatus target = said.status();
            ErrandEvent.Type type = type(target);
            if (target == null && !manual && e.status() == ErrandStatus.SENT) {
                target = ErrandStatus.ACKNOWLEDGED; // any reply by mail proves it arrived
            }
            boolean change = target != null && target != e.status() && (manual || rank(target) > rank(e.status()));
            Errand after = change ? ports.errands().update(e.withStatus(target, said.redirectedTo(), clock.instant()))
                    : e;
            String note = said.note();
            if (!manual && !change && said.status() != null) {
                // said too late to count (e.g. "received" after "done"): kept as a note with the word it used
                type = ErrandEvent.Type.NOTE;
                note = "[" + said.status().id() + "]" + (note == null ? "" : " " + note);
            }
            ErrandEvent event = ports.errands().addEvent(new ErrandEvent(0, e.id(), clock.instant(), type, said.by(),
                    note));
            for (MailAttachment f : said.files()) {
                ports.mail().addAttachment(event.id(), null, f);
            }
            if (change) {
                audit.record("errand.status", "case", e.caseId(), e.ref().value() + " " + after.status().id());
                if (!after.status().open()) {
                    backToQueue(after, after.caseId());
                    for (long linked : linkedCases.apply(after.caseId())) {
                        audit.record("errand.status", "case", linked, after.ref().value() + " " + after.status().id()
                                + " (case " + after.caseId() + ")" + (said.note() == null ? "" : ": " + said.note()));
                        backToQueue(after, linked);
                    }
                }
            }
            return after;
        });
    }

    /** The errand {@code e} is finished: case {@code caseId} (its own or a linked one) goes back to the queue. */
    private void backToQueue(Errand e, long caseId) {
        CaseStatus now = cases.open(caseId).kase().status();
        if (!now.finished() && now != CaseStatus.OPEN) {
            cases.setStatus(caseId, CaseStatus.OPEN);
        }
        if (e.status() == ErrandStatus.DONE) {
            String unit = directory.unit(e.unitKey()).map(u -> u.name())
                    .or(() -> directory.person(e.unitKey()).map(p -> p.name())).orElse(e.unitKey());
            drafts.done(caseId, unit, e.ref(), clock.getZone());
        }
    }

    private static ErrandEvent.Type type(ErrandStatus s) {
        if (s == null) {
            return ErrandEvent.Type.NOTE;
        }
        return switch (s) {
            case SENT -> ErrandEvent.Type.NOTE;
            case ACKNOWLEDGED -> ErrandEvent.Type.RECEIVED;
            case IN_PROGRESS -> ErrandEvent.Type.IN_PROGRESS;
            case DONE -> ErrandEvent.Type.DONE;
            case DECLINED -> ErrandEvent.Type.DECLINED;
            case REDIRECTED -> ErrandEvent.Type.REDIRECTED;
        };
    }

    /** Sent, then received, then in progress, then finished (done, declined, redirected). */
    private static int rank(ErrandStatus s) {
        return switch (s) {
            case SENT -> 0;
            case ACKNOWLEDGED -> 1;
            case IN_PROGRESS -> 2;
            case DONE, DECLINED, REDIRECTED -> 3;
        };
    }
}
