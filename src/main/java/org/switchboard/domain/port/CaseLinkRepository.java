package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.CaseLink;

/** Duplicate cases linked to a main case (one level: a main case is never itself a duplicate). */
public interface CaseLinkRepository {
    /** Records {@code link}, replacing an earlier link of the same case. */
    void save(CaseLink link);

    /** Removes the link of {@code caseId}; false when it had none. */
    boolean remove(long caseId);

    /** The link of {@code caseId} when it is a duplicate. */
    Optional<CaseLink> of(long caseId);

    /** The cases linked as duplicates of {@code mainCaseId}, oldest link first. */
    List<CaseLink> duplicatesOf(long mainCaseId);

    /** Points every duplicate of {@code fromMain} to {@code toMain} (when {@code fromMain} becomes a duplicate). */
    void moveDuplicates(long fromMain, long toMain);
}
