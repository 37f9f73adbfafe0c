package org.switchboard.domain;

import java.util.Locale;

/** Where a reply goes: publicly under the post, as a direct message, or by e-mail. */
public enum ReplyChannel {
    PUBLIC, DIRECT, EMAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
