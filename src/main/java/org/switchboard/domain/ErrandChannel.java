package org.switchboard.domain;

import java.util.Arrays;
import java.util.Locale;

/** How an errand reached its unit. */
public enum ErrandChannel {
    EMAIL, WEBHOOK, OPEN311, PHONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ErrandChannel parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id().equals(t)).findFirst()
                .orElseThrow(() -> new ValidationException("unknown channel '" + text + "'; expected one of email, "
                        + "webhook, open311, phone"));
    }
}
