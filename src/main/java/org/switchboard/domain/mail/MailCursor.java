package org.switchboard.domain.mail;

/**
 * How far the errands mailbox has been read: the highest UID seen within one UIDVALIDITY. When the
 * server reports another UIDVALIDITY, its UIDs were renumbered and reading starts over (answers already
 * applied are recognised again by their Message-ID).
 */
public record MailCursor(long uidValidity, long lastUid) {
    public static final MailCursor START = new MailCursor(0, 0);

    /** Reads the stored form {@code <uidvalidity>:<uid>}; anything unreadable starts over. */
    public static MailCursor parse(String stored) {
        if (stored == null) {
            return START;
        }
        String[] parts = stored.split(":");
        try {
            return parts.length == 2 ? new MailCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])) : START;
        } catch (NumberFormatException e) {
            return START;
        }
    }

    /** The position after this mail; within another UIDVALIDITY counting starts afresh. */
    public MailCursor after(long validity, long uid) {
        return new MailCursor(validity, validity == uidValidity ? Math.max(lastUid, uid) : uid);
    }

    public String stored() {
        return uidValidity + ":" + lastUid;
    }
}
