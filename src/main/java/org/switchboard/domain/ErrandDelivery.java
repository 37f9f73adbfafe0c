package org.switchboard.domain;

import java.time.Instant;

/**
 * How an errand's dossier is getting to its unit: our own Message-ID (fixed before the first attempt, so
 * a retry sends the same one and answers always match), the unit system's id (Open311
 * service_request_id or token), whether it arrived, and the last failure in words. A failure is either
 * transient — tried again from {@code nextAttemptAt} — or final: {@link Failure#REFUSED} (the server
 * refused for good, e.g. SMTP 550) or {@link Failure#GAVE_UP} (transient failures past the cap); a final
 * failure waits for the agent to fix the address and send it again.
 */
public record ErrandDelivery(long errandId, String messageId, String externalId, boolean delivered, int attempts,
                             String lastError, Instant deliveredAt, Failure failure, Instant firstFailedAt,
                             Instant nextAttemptAt) {
    /** How an undelivered errand stands. */
    public enum Failure {
        /** A transient failure: tried again by the sync from {@code nextAttemptAt}. */
        RETRYING("retrying"),
        /** The unit's server refused it for good: not retried until the agent sends it again. */
        REFUSED("refused"),
        /** Transient failures went on past the cap: not retried until the agent sends it again. */
        GAVE_UP("gave-up");

        private final String id;

        Failure(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Failure parse(String id) {
            for (Failure f : values()) {
                if (f.id.equals(id)) {
                    return f;
                }
            }
            return null;
        }
    }

    public ErrandDelivery {
        messageId = Require.blankToNull(messageId);
        externalId = Require.blankToNull(externalId);
        lastError = Require.maxLength(Require.blankToNull(lastError), 2000, "delivery error");
        if (delivered && deliveredAt == null) {
            throw new ValidationException("a delivered errand has a delivery time");
        }
        if (delivered) {
            failure = null;
            nextAttemptAt = null;
        }
    }

    /** Without a failure state (delivered, or not tried yet). */
    public ErrandDelivery(long errandId, String messageId, String externalId, boolean delivered, int attempts,
                          String lastError, Instant deliveredAt) {
        this(errandId, messageId, externalId, delivered, attempts, lastError, deliveredAt, null, null, null);
    }

    public static ErrandDelivery pending(long errandId, String messageId) {
        return new ErrandDelivery(errandId, messageId, null, false, 0, null, null);
    }

    /** A transient failure at {@code now}: tried again from {@code retryAt}. */
    public ErrandDelivery retryLater(String error, Instant now, Instant retryAt) {
        return new ErrandDelivery(errandId, messageId, externalId, false, attempts + 1, error, null, Failure.RETRYING,
                firstFailedAt == null ? now : firstFailedAt, retryAt);
    }

    /** A final failure: refused for good, or given up after too many transient ones. */
    public ErrandDelivery stopped(Failure why, String error, Instant now) {
        return new ErrandDelivery(errandId, messageId, externalId, false, attempts + 1, error, null, why,
                firstFailedAt == null ? now : firstFailedAt, null);
    }

    /** Ready for the agent's "send again": the failure forgotten, the next sync (or the caller) tries at once. */
    public ErrandDelivery again() {
        return new ErrandDelivery(errandId, messageId, externalId, false, attempts, lastError, null, null, null, null);
    }

    /** A transient failure retried on the next sync (for callers that do not schedule a back-off). */
    public ErrandDelivery failed(String error) {
        return new ErrandDelivery(errandId, messageId, externalId, false, attempts + 1, error, null, Failure.RETRYING,
                firstFailedAt, null);
    }

    public ErrandDelivery succeeded(String newExternalId, Instant at) {
        return new ErrandDelivery(errandId, messageId, newExternalId != null ? newExternalId : externalId, true,
                attempts + 1, null, at, null, null, null);
    }

    /** True when it waits for the agent (refused or given up), not for the next sync. */
    public boolean stopped() {
        return !delivered && (failure == Failure.REFUSED || failure == Failure.GAVE_UP);
    }
}
