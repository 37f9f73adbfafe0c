package org.switchboard.service.errands;

import java.util.Optional;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailServer;
import org.switchboard.domain.mail.MailSettings;
import org.switchboard.domain.port.Mailbox;
import org.switchboard.domain.port.MailSender;
import org.switchboard.domain.port.Transactions;
import org.switchboard.service.Audit;

/**
 * Setting up and checking the errands mailbox ({@code mail set}, {@code mail test}). Background threads
 * only: it talks to the secret store and the mail servers.
 */
public final class MailSetup {
    /** What {@link #test()} found, in words; a failed side says why. */
    public record Check(boolean smtpOk, String smtp, boolean imapOk, String imap) {
        public boolean ok() {
            return smtpOk && imapOk;
        }
    }

    private final MailAccess access;
    private final MailSender sender;
    private final Mailbox mailbox;
    private final Transactions tx;
    private final Audit audit;

    MailSetup(MailAccess access, MailSender sender, Mailbox mailbox, Transactions tx, Audit audit) {
        this.access = access;
        this.sender = sender;
        this.mailbox = mailbox;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * Checks and stores the mailbox: servers and address in the database, the password in the secret store.
     *
     * @return where the password is kept, in words
     * @throws ValidationException for a bad URL, address or empty password (nothing is stored then)
     */
    public String set(String smtpUrl, String imapUrl, String user, String password, String address) {
        MailSettings s = new MailSettings(MailServer.parse(smtpUrl, MailServer.Protocol.SMTP, "--smtp"),
                MailServer.parse(imapUrl, MailServer.Protocol.IMAP, "--imap"), user, address);
        if (password == null || password.isEmpty()) {
            throw new ValidationException("the mailbox password is empty");
        }
        String store = access.secretStoreDescription(); // no store: fail before anything is written
        tx.run(() -> {
            access.save(s, password);
            audit.record("mail.settings", "mailbox", s.address(), s.smtp().url() + " " + s.imap().url());
        });
        return store;
    }

    public Optional<MailSettings> settings() {
        return access.settings();
    }

    /**
     * Sends one mail through the mailbox's SMTP server (replies by e-mail use it, ADR 0020). Background thread.
     *
     * @throws ValidationException when the mailbox is not set up or its password is missing
     * @throws MailException       when the server cannot be reached or refuses, in words
     */
    public void send(org.switchboard.domain.mail.OutgoingMail mail) {
        sender.send(access.smtp(), mail);
    }

    /** Greets the SMTP server and logs in to IMAP; never throws for a server problem, it reports it. */
    public Check test() {
        access.required();
        String smtp;
        boolean smtpOk;
        try {
            smtp = sender.check(access.smtp());
            smtpOk = true;
        } catch (MailException e) {
            smtp = e.getMessage();
            smtpOk = false;
        }
        String imap;
        boolean imapOk;
        try {
            imap = mailbox.check(access.imap());
            imapOk = true;
        } catch (MailException e) {
            imap = e.getMessage();
            imapOk = false;
        }
        return new Check(smtpOk, smtp, imapOk, imap);
    }
}
