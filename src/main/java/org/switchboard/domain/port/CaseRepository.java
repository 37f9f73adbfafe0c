package org.switchboard.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Case;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;

/** Cases, and the queue as a keyset-paged query over them. */
public interface CaseRepository {
    Case insert(Case kase);

    Optional<Case> find(long id);

    /** Inserts many cases at once (JDBC batch) and returns them with their ids, in the same order. */
    List<Case> insertAll(List<Case> cases);

    /** The cases with these ids (those that exist), with their tags, in no particular order. */
    List<Case> findAll(java.util.Collection<Long> ids);

    /**
     * Writes status, summary and the other fields of many cases at once, leaving their tags alone, if each
     * version is still the stored one; returns them with their next versions.
     *
     * @throws org.switchboard.domain.StaleWriteException when someone else changed one of them meanwhile
     */
    List<Case> updateAll(List<Case> cases);

    /**
     * Writes the case if its version is still the stored one and returns it with the next version.
     *
     * @throws org.switchboard.domain.StaleWriteException when someone else changed it meanwhile
     */
    Case update(Case kase);

    /** One page of the queue; {@code now} decides which errands are overdue. */
    QueuePage page(QueueQuery query, Instant now);

    /** How many cases match, for the saved-view counts. */
    long count(QueueFilter filter, Instant now);

    /** Open cases of a contact, newest activity first. */
    List<Case> openCasesOf(long contactId);

    List<Case> casesOf(long contactId);

    void markRead(long id);

    /** Moves every message, note, errand and draft of {@code fromCaseId} to {@code toCaseId} (merge). */
    void moveContents(long fromCaseId, long toCaseId);

    /** The case {@code caseId} was merged into (its contents live there now), if it was merged. */
    default java.util.Optional<Long> mergedInto(long caseId) {
        return java.util.Optional.empty();
    }

    /** Moves one message to another case (split). */
    void moveMessage(long messageId, long toCaseId);

    /** Recounts the case's open errands and earliest due date (after errands moved). */
    void refreshErrandSummary(long caseId);

    long countAll();

    /** Case ids in ascending order after {@code afterId}, at most {@code limit} (walking all cases in batches). */
    List<Long> idsAfter(long afterId, int limit);
}
