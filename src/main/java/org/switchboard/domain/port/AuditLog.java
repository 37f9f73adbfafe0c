package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.AuditEvent;

/** The append-only record of who changed what. */
public interface AuditLog {
    AuditEvent append(AuditEvent event);

    List<AuditEvent> forSubject(String subjectType, String subjectId);
}
