package org.switchboard.domain.mail;

import java.util.List;

/**
 * New mails after a cursor, oldest first, with the folder's UIDVALIDITY.
 *
 * @param more true when the mailbox holds more new mails than one batch (the next pass reads them)
 */
public record MailBatch(long uidValidity, List<IncomingMail> mails, boolean more) {
    public MailBatch {
        mails = List.copyOf(mails);
    }
}
