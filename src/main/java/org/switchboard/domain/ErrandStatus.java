package org.switchboard.domain;

import java.util.Arrays;
import java.util.Locale;

/** Where a forwarded case stands with the unit it went to. */
public enum ErrandStatus {
    SENT("sent"), ACKNOWLEDGED("received"), IN_PROGRESS("in-progress"), DONE("done"), DECLINED("declined"),
    REDIRECTED("redirected");

    private final String id;

    ErrandStatus(String id) {
        this.id = id;
    }

    public boolean open() {
        return this == SENT || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }

    /** The spelling of CLI.md ({@code received} for ACKNOWLEDGED, {@code in-progress}). */
    public String id() {
        return id;
    }

    /** Reads {@code received}, {@code in-progress}, … (and the enum names). */
    public static ErrandStatus parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.id.equals(t) || s.name().equalsIgnoreCase(t.replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new ValidationException("unknown errand status '" + text + "'; expected one of "
                        + "received, in-progress, done, declined, redirected"));
    }
}
