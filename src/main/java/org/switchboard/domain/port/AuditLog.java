package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.AuditEvent;

/** The append-only record of who changed what. */
public interface AuditLog {
    AuditEvent append(AuditEvent event);

    /** Appends many lines at once, in order. */
    default void appendAll(List<AuditEvent> events) {
        events.forEach(this::append);
    }

    List<AuditEvent> forSubject(String subjectType, String subjectId);
}
