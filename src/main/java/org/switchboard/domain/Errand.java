package org.switchboard.domain;

import java.time.Instant;

/** A tracked internal forward of a case to a unit or person, followed until there is an outcome. */
public record Errand(long id, ErrandRef ref, long caseId, String unitKey, String recipient, ErrandChannel via,
                     ErrandStatus status, Instant dueAt, Instant createdAt, Instant updatedAt, String redirectedTo,
                     long version) {
    public Errand {
        Require.notNull(ref, "reference");
        Require.notBlank(unitKey, "unit");
        Require.notNull(via, "channel");
        Require.notNull(status, "status");
        Require.notNull(dueAt, "due date");
        Require.notNull(createdAt, "createdAt");
        Require.notNull(updatedAt, "updatedAt");
        if (status == ErrandStatus.REDIRECTED && (redirectedTo == null || redirectedTo.isBlank())) {
            throw new ValidationException("a redirected errand names the unit it went to");
        }
    }

    public boolean overdue(Instant now) {
        return status.open() && dueAt.isBefore(now);
    }

    /** The errand sent to another address of the same unit (the directory's address was fixed). */
    public Errand withRecipient(String newRecipient, Instant at) {
        return new Errand(id, ref, caseId, unitKey, newRecipient, via, status, dueAt, createdAt, at, redirectedTo,
                version);
    }

    /** The errand after a status change ({@code newRedirectedTo} only for REDIRECTED). */
    public Errand withStatus(ErrandStatus newStatus, String newRedirectedTo, Instant at) {
        return new Errand(id, ref, caseId, unitKey, recipient, via, newStatus, dueAt, createdAt, at,
                newStatus == ErrandStatus.REDIRECTED ? newRedirectedTo : redirectedTo, version);
    }
}
