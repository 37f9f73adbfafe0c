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

    /** One line to append later with {@link #recordAll}; {@code at} is when it happened. */
    public record Line(String action, String subjectType, Object subjectId, String detail, java.time.Instant at) {}

    /** Appends many lines in one batch (the agent's name is read once). */
    public void recordAll(java.util.List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String actor = agent.name();
        log.appendAll(lines.stream().map(l -> new AuditEvent(0, l.at(), actor, l.action(), l.subjectType(),
                String.valueOf(l.subjectId()), l.detail())).toList());
    }

    public void record(String action, String subjectType, Object subjectId, String detail) {
        log.append(new AuditEvent(0, clock.instant(), agent.name(), action, subjectType, String.valueOf(subjectId),
                detail));
    }
}
