package org.switchboard.domain;

/** Inbound (from a contact) or outbound (from the organisation). */
public enum Direction {
    IN, OUT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
