package org.switchboard.service.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Audit;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Merging cases (one concern reported twice) and splitting a message off into a case of its own (two
 * concerns in one thread). Nothing is deleted: merged cases stay as closed duplicates pointing to the
 * case that holds their messages now. Background threads only.
 */
public final class CaseMerger {
    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final java.time.Clock clock;

    public CaseMerger(Repositories repos, Audit audit, EventBus events, java.time.Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Moves everything of {@code others} into {@code targetId}; the others become closed duplicates. */
    public Case merge(long targetId, List<Long> others) {
        Set<Long> sources = new LinkedHashSet<>(others);
        sources.remove(targetId);
        if (sources.isEmpty()) {
            throw new ValidationException("name at least one other case to merge into case " + targetId);
        }
        Case merged = repos.tx().inTransaction(() -> {
            Case target = find(targetId);
            Set<String> tags = new LinkedHashSet<>(target.tags());
            for (long id : sources) {
                Case source = find(id);
                if (source.status() == CaseStatus.CLOSED && source.messageCount() == 0) {
                    throw new ValidationException("case " + id + " was merged already");
                }
                tags.addAll(source.tags());
                repos.cases().moveContents(id, targetId);
                repos.cases().update(source.withSummary(source.preview(), source.lastActivityAt(), null, 0)
                        .withStatus(CaseStatus.CLOSED, Outcome.DUPLICATE, clock.instant()));
                audit.record("case.merged-into", "case", id, "into " + targetId);
            }
            Case refreshed = find(targetId).withTags(new ArrayList<>(tags));
            Case saved = repos.cases().update(ConversationService.summarise(refreshed,
                    repos.messages().forCase(targetId)));
            audit.record("case.merged", "case", targetId, "from " + sources);
            return saved;
        });
        sources.forEach(id -> events.publish(new Event.CaseChanged(id, false)));
        events.publish(new Event.CaseChanged(targetId, false));
        return merged;
    }

    /** Moves one message (and nothing else) into a new case of its author. */
    public Case split(long caseId, long messageId) {
        Case created = repos.tx().inTransaction(() -> {
            Case source = find(caseId);
            List<Message> messages = repos.messages().forCase(caseId);
            Message m = messages.stream().filter(x -> x.id() == messageId).findFirst()
                    .orElseThrow(() -> new NotFoundException("message", messageId + " in case " + caseId));
            if (messages.size() < 2) {
                throw new ValidationException("case " + caseId + " has only this message; there is nothing to split");
            }
            long contact = m.contactId() != null ? m.contactId() : source.contactId();
            Case fresh = repos.cases().insert(new Case(0, CaseStatus.NEW, null, source.priority(), source.assignee(),
                    List.of(), contact, m.accountId(), m.platform(), Case.previewOf(m.text()), clock.instant(),
                    m.createdAt(), null, 0, null, 0));
            repos.cases().moveMessage(messageId, fresh.id());
            Case summarisedNew = repos.cases().update(ConversationService.summarise(fresh, List.of(m)));
            List<Message> rest = repos.messages().forCase(caseId);
            repos.cases().update(ConversationService.summarise(find(caseId), rest));
            audit.record("case.split", "case", caseId, "message " + messageId + " to case " + fresh.id());
            audit.record("case.created", "case", fresh.id(), "split from case " + caseId);
            return summarisedNew;
        });
        events.publish(new Event.CaseChanged(caseId, false));
        events.publish(new Event.CaseChanged(created.id(), true));
        return created;
    }

    private Case find(long id) {
        return repos.cases().find(id).orElseThrow(() -> new NotFoundException("case", id));
    }
}
