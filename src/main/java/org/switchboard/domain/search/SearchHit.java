package org.switchboard.domain.search;

/** One match: where (case, kind, id), how good, and the matching words marked in a snippet. */
public record SearchHit(long caseId, SearchDocument.Kind kind, long id, double score, String snippet) {}
