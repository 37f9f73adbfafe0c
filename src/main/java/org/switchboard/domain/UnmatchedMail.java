package org.switchboard.domain;

import java.time.Instant;
import java.util.List;

/**
 * A mail in the errands mailbox that named no known errand. Kept (never dropped) so a person can look at
 * it; {@code attachments} are the names of the files kept with it.
 */
public record UnmatchedMail(long id, String messageId, String from, String subject, String text, Instant sentAt,
                            Instant receivedAt, List<String> attachments) {
    /** Longest text kept (the column's size); a longer mail is hostile or broken, and still listed. */
    public static final int MAX_TEXT = 1_000_000;

    public UnmatchedMail {
        Require.notBlank(messageId, "Message-ID");
        subject = subject == null ? "" : subject.length() <= 1000 ? subject : subject.substring(0, 999) + "…";
        text = text == null ? "" : text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        Require.notNull(receivedAt, "receivedAt");
        attachments = Require.copy(attachments);
    }
}
