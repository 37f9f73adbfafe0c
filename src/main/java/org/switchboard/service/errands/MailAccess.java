package org.switchboard.service.errands;

import java.util.Optional;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.mail.MailLogin;
import org.switchboard.domain.mail.MailServer;
import org.switchboard.domain.mail.MailSettings;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.port.WorkspaceSettingsRepository;

/**
 * The errands mailbox's settings (database, shared by a team) and password (secret store, never the
 * database). Background threads only: the secret store may be a keychain that asks.
 */
final class MailAccess {
    static final String SECRET_KEY = "errands-mailbox/password";
    static final String SMTP = "mail.smtp";
    static final String IMAP = "mail.imap";
    static final String USER = "mail.user";
    static final String ADDRESS = "mail.address";

    private final WorkspaceSettingsRepository settings;
    private final SecretStore secrets;

    MailAccess(WorkspaceSettingsRepository settings, SecretStore secrets) {
        this.settings = settings;
        this.secrets = secrets;
    }

    Optional<MailSettings> settings() {
        Optional<String> smtp = settings.get(SMTP);
        if (smtp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(MailServer.parse(smtp.get(), MailServer.Protocol.SMTP, "--smtp"),
                MailServer.parse(settings.get(IMAP).orElse(null), MailServer.Protocol.IMAP, "--imap"),
                settings.get(USER).orElse(null), settings.get(ADDRESS).orElse(null)));
    }

    boolean configured() {
        return settings.get(SMTP).isPresent();
    }

    /** @throws ValidationException when the mailbox is not set up (names the command that does it) */
    MailSettings required() {
        return settings().orElseThrow(() -> new ValidationException("the errands mailbox is not set up yet: run "
                + "'mail set --smtp URL --imap URL --user U --password-env V --address ADDR' first"));
    }

    MailLogin smtp() {
        MailSettings s = required();
        return new MailLogin(s.smtp(), s.user(), password());
    }

    MailLogin imap() {
        MailSettings s = required();
        return new MailLogin(s.imap(), s.user(), password());
    }

    private String password() {
        return secrets.get(SECRET_KEY).filter(p -> !p.isEmpty()).orElseThrow(() -> new ValidationException(
                "the errands mailbox's password is not in " + secrets.describe() + "; give it again with 'mail set'"));
    }

    /** Stores the settings and the password; the password first, so a store that fails leaves nothing half-set. */
    void save(MailSettings s, String password) {
        secrets.put(SECRET_KEY, password);
        settings.put(SMTP, s.smtp().url());
        settings.put(IMAP, s.imap().url());
        settings.put(USER, s.user());
        settings.put(ADDRESS, s.address());
    }

    String secretStoreDescription() {
        return secrets.describe();
    }
}
