package org.switchboard.domain;

import java.time.Instant;

/** One line of the audit log: who did what to which thing, when. Append-only. */
public record AuditEvent(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                         String detail) {
    public AuditEvent {
        Require.notNull(at, "at");
        Require.notBlank(actor, "actor");
        Require.notBlank(action, "action");
        Require.notBlank(subjectType, "subject type");
        Require.notBlank(subjectId, "subject id");
        detail = Require.maxLength(Require.blankToNull(detail), 4000, "detail");
    }
}
