package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ReplyChannel;

/** Reply drafts. */
public interface DraftRepository {
    Draft insert(Draft draft);

    /** The case's drafts that are not discarded, oldest first. */
    List<Draft> forCase(long caseId);

    Optional<Draft> find(long id);

    /**
     * The drafts being edited on {@code caseId} and {@code channel}: the one begun on {@code originCaseId}
     * first (after a merge a case may hold one of each merged case), then the most recently saved.
     */
    List<Draft> editing(long caseId, ReplyChannel channel, long originCaseId);

    /**
     * Writes text, state, target and base of {@code draft} if nobody changed it since it was read.
     *
     * @return the draft with its new version
     * @throws org.switchboard.domain.StaleWriteException when the version no longer matches
     */
    Draft update(Draft draft);

    /** Drafts being edited, by id after {@code afterId} (keyset paging over the primary key). */
    List<Draft> editingPage(long afterId, int limit);

    long countEditing();
}
