package org.switchboard.domain;

import java.time.Instant;

/**
 * How an errand's dossier is getting to its unit: our own Message-ID (fixed before the first attempt, so
 * a retry sends the same one and answers always match), the unit system's id (Open311
 * service_request_id or token), whether it arrived, and the last failure in words. An undelivered
 * errand is tried again on the next sync.
 */
public record ErrandDelivery(long errandId, String messageId, String externalId, boolean delivered, int attempts,
                             String lastError, Instant deliveredAt) {
    public ErrandDelivery {
        messageId = Require.blankToNull(messageId);
        externalId = Require.blankToNull(externalId);
        lastError = Require.maxLength(Require.blankToNull(lastError), 2000, "delivery error");
        if (delivered && deliveredAt == null) {
            throw new ValidationException("a delivered errand has a delivery time");
        }
    }

    public static ErrandDelivery pending(long errandId, String messageId) {
        return new ErrandDelivery(errandId, messageId, null, false, 0, null, null);
    }

    public ErrandDelivery failed(String error) {
        return new ErrandDelivery(errandId, messageId, externalId, false, attempts + 1, error, null);
    }

    public ErrandDelivery succeeded(String newExternalId, Instant at) {
        return new ErrandDelivery(errandId, messageId, newExternalId != null ? newExternalId : externalId, true,
                attempts + 1, null, at);
    }
}
