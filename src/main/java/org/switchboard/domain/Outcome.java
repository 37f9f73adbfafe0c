package org.switchboard.domain;

import java.util.Locale;

/** What became of a resolved case: measured by the lead's view, so it must be honest. */
public enum Outcome {
    FIXED, SCHEDULED, ANSWERED, DECLINED, DUPLICATE, NO_ACTION;

    public static Outcome parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (RuntimeException e) {
            throw new ValidationException("unknown outcome '" + text + "'; expected one of fixed, scheduled, "
                    + "answered, declined, duplicate, no-action");
        }
    }
}
