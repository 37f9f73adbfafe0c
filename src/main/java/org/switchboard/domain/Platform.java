package org.switchboard.domain;

import java.util.Arrays;
import java.util.Locale;

/** Where a message reached the organisation. The {@link #id()} is the name used in JSON, filters and the CLI. */
public enum Platform {
    FACEBOOK("facebook", "Facebook", true),
    INSTAGRAM("instagram", "Instagram", true),
    THREADS("threads", "Threads", true),
    X("x", "X", true),
    BLUESKY("bluesky", "Bluesky", true),
    MASTODON("mastodon", "Mastodon", true),
    EMAIL("email", "E-Mail", true),
    PHONE("phone", "Phone", false),
    LETTER("letter", "Letter", false),
    WALK_IN("walk-in", "Walk-in", false),
    OTHER("other", "Other", false);

    private final String id;
    private final String displayName;
    private final boolean connectable;

    Platform(String id, String displayName, boolean connectable) {
        this.id = id;
        this.displayName = displayName;
        this.connectable = connectable;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** True for platforms an account can be connected to; false for manual channels (phone, letter ...). */
    public boolean connectable() {
        return connectable;
    }

    public static Platform fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new ValidationException("unknown platform '" + id + "'; expected one of "
                        + String.join(", ", Arrays.stream(values()).map(Platform::id).toList())));
    }
}
