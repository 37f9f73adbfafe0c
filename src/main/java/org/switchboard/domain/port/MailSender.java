package org.switchboard.domain.port;

import org.switchboard.domain.mail.MailLogin;
import org.switchboard.domain.mail.OutgoingMail;

/** Sends mail over SMTP. Blocks on the network: background threads only. */
public interface MailSender {
    /** @throws org.switchboard.domain.mail.MailException typed, in words */
    void send(MailLogin login, OutgoingMail mail);

    /**
     * Connects, reads the greeting and logs in, then disconnects.
     *
     * @return what the server answered, in words
     * @throws org.switchboard.domain.mail.MailException when it cannot be reached or refuses the login
     */
    String check(MailLogin login);
}
