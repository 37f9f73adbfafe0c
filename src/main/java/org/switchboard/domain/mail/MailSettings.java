package org.switchboard.domain.mail;

import java.util.regex.Pattern;
import org.switchboard.domain.Require;
import org.switchboard.domain.ValidationException;

/**
 * The errands mailbox: SMTP for sending dossiers, IMAP for colleagues' answers, the login user and the
 * mailbox's address (the dossier's sender and Reply-To). The password is not here: it lives in the
 * secret store.
 */
public record MailSettings(MailServer smtp, MailServer imap, String user, String address) {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    public MailSettings {
        Require.notNull(smtp, "SMTP server");
        Require.notNull(imap, "IMAP server");
        if (smtp.protocol() != MailServer.Protocol.SMTP || imap.protocol() != MailServer.Protocol.IMAP) {
            throw new ValidationException("the SMTP and IMAP servers are swapped");
        }
        user = Require.maxLength(Require.notBlank(user, "mail user (--user)"), 320, "mail user").strip();
        address = Require.notBlank(address, "mailbox address (--address)").strip();
        if (!ADDRESS.matcher(address).matches()) {
            throw new ValidationException("--address '" + address + "' is not an e-mail address like "
                    + "errands@city.example");
        }
    }

    /** The domain of the mailbox's address, for our own Message-IDs. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }
}
