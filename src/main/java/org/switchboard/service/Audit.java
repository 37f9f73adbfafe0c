package org.switchboard.service;

import java.time.Clock;
import org.switchboard.domain.AuditEvent;
import org.switchboard.domain.port.AuditLog;

/** Appends audit lines with the current agent and time. */
public final class Audit {
    private final AuditLog log;
    private final Clock clock;
    private final Agent agent;

    public Audit(AuditLog log, Clock clock, Agent agent) {
        this.log = log;
        this.clock = clock;
        this.agent = agent;
    }

    public void record(String action, String subjectType, Object subjectId, String detail) {
        log.append(new AuditEvent(0, clock.instant(), agent.name(), action, subjectType, String.valueOf(subjectId),
                detail));
    }
}
