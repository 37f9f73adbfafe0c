package org.switchboard.domain.search;

import java.util.List;

/**
 * The full-text index over messages, notes, contacts and errands. It is a cache of the database: it can
 * be deleted and rebuilt at any time. Thread-safe; may block on the disk, so background threads only.
 */
public interface SearchIndex extends AutoCloseable {
    /** Replaces everything indexed for case {@code caseId} with {@code documents}. */
    void replaceCase(long caseId, List<SearchDocument> documents);

    /** Adds these documents, replacing any indexed under the same key and case (new messages of a case). */
    void upsert(List<SearchDocument> documents);

    /** Makes what was written so far searchable (cheap; called after a batch). */
    void refresh();

    List<SearchHit> search(SearchQuery query);

    /** Removes everything (before a rebuild). */
    void clear();

    long documentCount();

    @Override
    void close();
}
