package org.switchboard.domain.mail;

import java.util.List;
import org.switchboard.domain.Require;
import org.switchboard.domain.ValidationException;

/**
 * A mail about to be sent: plain text and HTML alternatives, files, and our own {@code messageId}
 * (kept, so answers can be matched by In-Reply-To and a retry sends the same id). {@code inReplyTo} and
 * {@code references} (Message-IDs with their angle brackets, or null) thread an answer under the mail it answers.
 */
public record OutgoingMail(String from, String fromName, List<String> to, String replyTo, String subject,
                           String text, String html, String messageId, List<MailAttachment> attachments,
                           String inReplyTo, String references) {
    /** A mail that answers nothing. */
    public OutgoingMail(String from, String fromName, List<String> to, String replyTo, String subject, String text,
                        String html, String messageId, List<MailAttachment> attachments) {
        this(from, fromName, to, replyTo, subject, text, html, messageId, attachments, null, null);
    }

    public OutgoingMail {
        Require.notBlank(from, "sender");
        to = Require.copy(to);
        if (to.isEmpty()) {
            throw new ValidationException("a mail needs a recipient");
        }
        Require.notBlank(subject, "subject");
        Require.notNull(text, "text");
        html = Require.blankToNull(html);
        messageId = Require.blankToNull(messageId);
        attachments = Require.copy(attachments);
        inReplyTo = Require.blankToNull(inReplyTo);
        references = Require.blankToNull(references);
    }
}
