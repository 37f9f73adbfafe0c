package org.switchboard.domain;

import java.util.Locale;

/** Urgency of a case; {@link #rank()} orders the "priority" sort (higher first). */
public enum Priority {
    LOW(0), NORMAL(1), HIGH(2), URGENT(3);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Priority fromRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new ValidationException("unknown priority rank " + rank);
    }

    public static Priority parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ValidationException("unknown priority '" + text + "'; expected low, normal, high or urgent");
        }
    }
}
