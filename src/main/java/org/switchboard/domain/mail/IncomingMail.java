package org.switchboard.domain.mail;

import java.time.Instant;
import java.util.List;
import org.switchboard.domain.Require;

/**
 * A mail read from the errands mailbox: the subject already decoded (RFC 2047), the text as plain text
 * (HTML turned into text), the threading headers and the attached files.
 *
 * @param uid       the IMAP UID in its folder, for the "read once" mark
 * @param automatic the header that marks it as sent by a machine (an out-of-office or other automatic
 *                  reply, e.g. {@code Auto-Submitted: auto-replied}), in words; null for a person's mail
 */
public record IncomingMail(long uid, String messageId, String fromAddress, String fromName, String subject,
                           String text, String inReplyTo, List<String> references, Instant sentAt,
                           List<MailAttachment> attachments, String automatic) {
    /** A mail with no header saying it was sent automatically. */
    public IncomingMail(long uid, String messageId, String fromAddress, String fromName, String subject, String text,
                        String inReplyTo, List<String> references, Instant sentAt, List<MailAttachment> attachments) {
        this(uid, messageId, fromAddress, fromName, subject, text, inReplyTo, references, sentAt, attachments, null);
    }

    public IncomingMail {
        Require.notBlank(messageId, "Message-ID");
        fromAddress = Require.blankToNull(fromAddress);
        fromName = Require.blankToNull(fromName);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
        inReplyTo = Require.blankToNull(inReplyTo);
        references = Require.copy(references);
        attachments = Require.copy(attachments);
        automatic = Require.blankToNull(automatic);
    }

    /** The sender as a person reads it: "Björn Krämer <bjoern@…>" or the address alone. */
    public String from() {
        if (fromName == null) {
            return fromAddress == null ? "unknown sender" : fromAddress;
        }
        return fromAddress == null ? fromName : fromName + " <" + fromAddress + ">";
    }
}
