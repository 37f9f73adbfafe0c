package org.switchboard.service.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseLink;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.CaseLinkRepository;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Duplicate cases linked to one main case, so that one errand answers everyone: the links form a star (a
 * duplicate of a duplicate is linked to the main case), linked cases show each other, and when the main
 * case's errand is finished every linked case follows (see errands' status changes). Unlinking leaves both
 * cases as they are. Background threads only.
 */
public final class CaseLinks {
    /** A case linked with the one asked about; {@code main} when it is the group's main case. */
    public record Linked(Case kase, boolean main, String linkedBy, java.time.Instant linkedAt) {}

    private final Repositories repos;
    private final CaseLinkRepository links;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Agent agent;

    public CaseLinks(Repositories repos, CaseLinkRepository links, Audit audit, EventBus events, Clock clock,
                     Agent agent) {
        this.repos = repos;
        this.links = links;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.agent = agent;
    }

    /**
     * Links {@code caseId} as a duplicate of {@code mainId} (or of {@code mainId}'s own main case). Cases that
     * were linked to {@code caseId} move along to the main case. Returns the main case's id.
     */
    public long link(long caseId, long mainId) {
        long main = repos.tx().inTransaction(() -> {
            if (caseId == mainId) {
                throw new ValidationException("a case cannot be linked with itself");
            }
            find(caseId);
            find(mainId);
            long root = links.of(mainId).map(CaseLink::duplicateOf).orElse(mainId);
            if (root == caseId) {
                throw new ValidationException("case " + caseId + " is already the main case of case " + mainId
                        + "; link them the other way round or unlink first");
            }
            links.moveDuplicates(caseId, root);
            links.save(new CaseLink(caseId, root, agent.name(), clock.instant()));
            audit.record("case.linked", "case", caseId, "same as case " + root);
            audit.record("case.linked", "case", root, "case " + caseId + " is the same");
            return root;
        });
        group(main).forEach(id -> events.publish(new Event.CaseChanged(id, false)));
        events.publish(new Event.CaseChanged(caseId, false));
        return main;
    }

    /** Takes {@code caseId} out of its group (or, for a main case, dissolves the group). */
    public void unlink(long caseId) {
        List<Long> touched = new ArrayList<>(group(caseId));
        repos.tx().inTransaction(() -> {
            Optional<CaseLink> link = links.of(caseId);
            if (link.isPresent()) {
                links.remove(caseId);
                audit.record("case.unlinked", "case", caseId, "no longer the same as case " + link.get().duplicateOf());
                audit.record("case.unlinked", "case", link.get().duplicateOf(), "case " + caseId + " unlinked");
            } else {
                List<CaseLink> dups = links.duplicatesOf(caseId);
                if (dups.isEmpty()) {
                    throw new ValidationException("case " + caseId + " is not linked with another case");
                }
                for (CaseLink d : dups) {
                    links.remove(d.caseId());
                    audit.record("case.unlinked", "case", d.caseId(), "no longer the same as case " + caseId);
                }
                audit.record("case.unlinked", "case", caseId, "its linked cases were unlinked");
            }
            return null;
        });
        touched.forEach(id -> events.publish(new Event.CaseChanged(id, false)));
    }

    /** The other cases of {@code caseId}'s group: its main case first, then the duplicates. */
    public List<Linked> of(long caseId) {
        long root = links.of(caseId).map(CaseLink::duplicateOf).orElse(caseId);
        List<Linked> out = new ArrayList<>();
        if (root != caseId) {
            repos.cases().find(root).ifPresent(c -> out.add(new Linked(c, true, null, null)));
        }
        for (CaseLink d : links.duplicatesOf(root)) {
            if (d.caseId() != caseId) {
                repos.cases().find(d.caseId()).ifPresent(c -> out.add(new Linked(c, false, d.linkedBy(),
                        d.linkedAt())));
            }
        }
        return out;
    }

    /** Every case of {@code caseId}'s group other than itself (what an errand's outcome reaches). */
    public List<Long> othersInGroup(long caseId) {
        return of(caseId).stream().map(l -> l.kase().id()).toList();
    }

    private List<Long> group(long caseId) {
        long root = links.of(caseId).map(CaseLink::duplicateOf).orElse(caseId);
        List<Long> out = new ArrayList<>();
        out.add(root);
        links.duplicatesOf(root).forEach(d -> out.add(d.caseId()));
        return out;
    }

    private Case find(long id) {
        return repos.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
    }
}
