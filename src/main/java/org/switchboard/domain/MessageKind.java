package org.switchboard.domain;

import java.util.Locale;

/** What shape a message had on its platform. */
public enum MessageKind {
    POST, COMMENT, REPLY, MENTION, DIRECT, EMAIL, MANUAL;

    public boolean isPrivate() {
        return this == DIRECT || this == EMAIL;
    }

    public static MessageKind parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("DM")) {
            return DIRECT;
        }
        try {
            return valueOf(t);
        } catch (RuntimeException e) {
            throw new ValidationException("unknown message kind '" + text + "'");
        }
    }
}
