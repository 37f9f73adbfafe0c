package org.switchboard.ui.errands;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.service.errands.MailSetup;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The errands mailbox: SMTP and IMAP server, user, password (to the secret store through the service),
 * address; "Test" greets both servers and says what they answered. UI thread only.
 */
public final class MailboxViewModel {
    private final MailSetup mail;
    private final BackgroundRunner runner;
    private final StringProperty smtp = new SimpleStringProperty("");
    private final StringProperty imap = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty configured = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> smtpResult = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> imapResult = new SimpleObjectProperty<>();

    public MailboxViewModel(MailSetup mail, BackgroundRunner runner) {
        this.mail = mail;
        this.runner = runner;
    }

    /** Fills the fields from the stored settings (never the password). UI thread. */
    public void load() {
        password.set("");
        saved.set(null);
        smtpResult.set(null);
        imapResult.set(null);
        runner.run(mail::settings, s -> {
            configured.set(s.isPresent());
            s.ifPresent(m -> {
                smtp.set(m.smtp().url());
                imap.set(m.imap().url());
                user.set(m.user());
                address.set(m.address());
            });
        }, e -> saved.set(Notice.problem("mailbox.error.load", e)));
    }

    /** Checks and stores the settings and the password. UI thread. */
    public void save() {
        String s = smtp.get();
        String i = imap.get();
        String u = user.get();
        String p = password.get();
        String a = address.get();
        busy.set(true);
        saved.set(null);
        runner.run(() -> mail.set(s, i, u, p, a), store -> {
            busy.set(false);
            configured.set(true);
            password.set("");
            saved.set(Notice.ok("mailbox.saved", store));
        }, e -> {
            busy.set(false);
            saved.set(Notice.problem("mailbox.error.save", e));
        });
    }

    /** Greets the SMTP server and logs in to IMAP with the stored settings. UI thread. */
    public void test() {
        busy.set(true);
        smtpResult.set(null);
        imapResult.set(null);
        runner.run(mail::test, c -> {
            busy.set(false);
            smtpResult.set(c.smtpOk() ? Notice.ok("mailbox.test.smtp-ok", c.smtp())
                    : Notice.problem("mailbox.test.smtp-failed", c.smtp()));
            imapResult.set(c.imapOk() ? Notice.ok("mailbox.test.imap-ok", c.imap())
                    : Notice.problem("mailbox.test.imap-failed", c.imap()));
        }, e -> {
            busy.set(false);
            smtpResult.set(Notice.problem("mailbox.error.test", e));
        });
    }

    public StringProperty smtp() {
        return smtp;
    }

    public StringProperty imap() {
        return imap;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty address() {
        return address;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** True once settings are stored (Test needs them). */
    public BooleanProperty configured() {
        return configured;
    }

    public ObjectProperty<Notice> saved() {
        return saved;
    }

    public ObjectProperty<Notice> smtpResult() {
        return smtpResult;
    }

    public ObjectProperty<Notice> imapResult() {
        return imapResult;
    }
}
