package org.switchboard.service.replies;

import java.util.Optional;
import org.switchboard.domain.mail.OutgoingMail;

/**
 * The mailbox replies by e-mail go out through: the errands mailbox ({@code mail set}, ADR 0020). Background
 * threads only (it sends over SMTP and may read the secret store).
 */
public interface ReplyMailbox {
    /** No mailbox: replies by e-mail are refused in words. */
    ReplyMailbox NONE = new ReplyMailbox() {
        @Override
        public Optional<String> address() {
            return Optional.empty();
        }

        @Override
        public void send(OutgoingMail mail) {
            throw new IllegalStateException("no mailbox to send replies by e-mail through");
        }
    };

    /** The address replies are sent from; empty while no mailbox is set up. */
    Optional<String> address();

    /** @throws org.switchboard.domain.mail.MailException typed, in words */
    void send(OutgoingMail mail);
}
