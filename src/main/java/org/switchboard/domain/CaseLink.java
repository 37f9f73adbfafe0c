package org.switchboard.domain;

import java.time.Instant;

/** Case {@code caseId} reports the same problem as the main case {@code duplicateOf}; linked by an agent. */
public record CaseLink(long caseId, long duplicateOf, String linkedBy, Instant linkedAt) {
    public CaseLink {
        if (caseId == duplicateOf) {
            throw new ValidationException("a case cannot be linked with itself");
        }
        Require.notBlank(linkedBy, "linked by");
        Require.notNull(linkedAt, "linked at");
    }
}
