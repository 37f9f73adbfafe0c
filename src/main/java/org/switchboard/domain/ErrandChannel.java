package org.switchboard.domain;

import java.util.Locale;

/** How an errand reached its unit. */
public enum ErrandChannel {
    EMAIL, WEBHOOK, OPEN311, PHONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
