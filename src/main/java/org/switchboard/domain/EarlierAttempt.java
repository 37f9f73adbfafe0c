package org.switchboard.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a contact already tried before reaching us: "2026-11-10, e-mail, Umweltamt, no answer".
 * Shown on every case of the contact and in the forwarding dossier.
 */
public record EarlierAttempt(long id, long contactId, LocalDate date, String channel, String addressee,
                             String result, Instant recordedAt) {
    public EarlierAttempt {
        Require.notNull(date, "date");
        Require.maxLength(Require.notBlank(channel, "channel"), 40, "channel");
        Require.maxLength(Require.notBlank(addressee, "addressee"), 200, "addressee");
        result = Require.maxLength(Require.blankToNull(result), 500, "result");
        Require.notNull(recordedAt, "recordedAt");
    }
}
