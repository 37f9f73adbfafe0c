package org.switchboard.domain.mail;

import org.switchboard.domain.Require;

/** How to log in to one server. {@link #toString()} never shows the password (logs, exceptions). */
public record MailLogin(MailServer server, String user, String password) {
    public MailLogin {
        Require.notNull(server, "mail server");
        Require.notBlank(user, "mail user");
        Require.notNull(password, "mail password");
    }

    @Override
    public String toString() {
        return user + " at " + server.url();
    }
}
