package org.switchboard.domain;

import java.util.Locale;

/** Where a case stands in the queue. */
public enum CaseStatus {
    NEW, OPEN, WAITING_CUSTOMER, WAITING_INTERNAL, RESOLVED, CLOSED;

    /** The customer is waiting on us (the case counts for "waiting since"). */
    public boolean customerWaiting() {
        return this == NEW || this == OPEN || this == WAITING_INTERNAL;
    }

    public boolean finished() {
        return this == RESOLVED || this == CLOSED;
    }

    public static CaseStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new ValidationException("unknown status '" + text + "'; expected one of NEW, OPEN, "
                    + "WAITING_CUSTOMER, WAITING_INTERNAL, RESOLVED, CLOSED");
        }
    }
}
