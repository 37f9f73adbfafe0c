package org.switchboard.domain.port;

import org.switchboard.domain.mail.MailBatch;
import org.switchboard.domain.mail.MailCursor;
import org.switchboard.domain.mail.MailLogin;

/** Reads the errands mailbox's inbox over IMAP without changing it. Blocks: background threads only. */
public interface Mailbox {
    /**
     * The mails after {@code after} (all of them when the folder's UIDVALIDITY changed), oldest first, at
     * most {@code max}.
     *
     * @throws org.switchboard.domain.mail.MailException typed, in words
     */
    MailBatch fetch(MailLogin login, MailCursor after, int max);

    /** Logs in and opens the inbox; returns what was found, in words. */
    String check(MailLogin login);

    /**
     * Opens a connection that waits for new mail in the inbox (IMAP IDLE where the server offers it). The
     * caller closes it.
     *
     * @throws org.switchboard.domain.mail.MailException typed, in words
     */
    org.switchboard.domain.mail.MailWaiter openWaiter(MailLogin login);
}
