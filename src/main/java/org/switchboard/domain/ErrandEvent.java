package org.switchboard.domain;

import java.time.Instant;
import java.util.Locale;

/** One step in an errand's timeline: sent, received, a reminder, a call note. */
public record ErrandEvent(long id, long errandId, Instant at, Type type, String by, String note) {
    public enum Type {
        SENT, SEND_FAILED, RECEIVED, IN_PROGRESS, DONE, DECLINED, REDIRECTED, NOTE, REMINDER, ESCALATION,
        LEAD_FLAG, CALL;

        /** The spelling in JSON: {@code send-failed}, {@code lead-flag}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ErrandEvent {
        Require.notNull(at, "at");
        Require.notNull(type, "type");
        by = Require.blankToNull(by);
        note = Require.blankToNull(note);
    }
}
