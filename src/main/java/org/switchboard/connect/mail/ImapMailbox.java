package org.switchboard.connect.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.mail.IncomingMail;
import org.switchboard.domain.mail.MailBatch;
import org.switchboard.domain.mail.MailCursor;
import org.switchboard.domain.mail.MailLogin;
import org.switchboard.domain.mail.MailWaiter;
import org.switchboard.domain.port.Mailbox;

/**
 * Reads new mails from the errands mailbox's INBOX by UID, read-only (the mailbox's flags stay as they
 * are). Blocks on the network: background threads only.
 */
public final class ImapMailbox implements Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(ImapMailbox.class);

    @Override
    public MailBatch fetch(MailLogin login, MailCursor after, int max) {
        Session session = MailSessions.session(login.server());
        try (Store store = session.getStore(MailSessions.protocol(login.server()))) {
            store.connect(login.server().host(), login.server().port(), login.user(), login.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return read((UIDFolder) inbox, inbox, after, max);
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw MailSessions.failure(login.server(), "reading the inbox", e);
        }
    }

    @Override
    public MailWaiter openWaiter(MailLogin login) {
        return new ImapWaiter(login);
    }

    private static MailBatch read(UIDFolder uids, Folder inbox, MailCursor after, int max) throws MessagingException {
        long validity = uids.getUIDValidity();
        long first = validity == after.uidValidity() ? after.lastUid() + 1 : 1;
        Message[] found = uids.getMessagesByUID(first, UIDFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.ENVELOPE);
        inbox.fetch(found, profile);
        // "first:*" also returns the newest mail when nothing is newer than first: keep only UIDs from first on.
        List<Message> fresh = new ArrayList<>(Arrays.stream(found).filter(m -> uid(uids, m) >= first).toList());
        fresh.sort(Comparator.comparingLong(m -> uid(uids, m)));
        List<IncomingMail> mails = new ArrayList<>();
        for (Message m : fresh.subList(0, Math.min(max, fresh.size()))) {
            mails.add(parse(uid(uids, m), m));
        }
        return new MailBatch(validity, mails, fresh.size() > max);
    }

    /** One mail; a mail that cannot be read still arrives (as text saying so), so it is kept and listed. */
    private static IncomingMail parse(long uid, Message m) {
        try {
            return MailParser.parse(uid, (MimeMessage) m);
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.warn("Mail UID {} in the errands mailbox could not be read: {}", uid, e.toString());
            return new IncomingMail(uid, "<unreadable." + uid + "." + Instant.now().toEpochMilli()
                    + "@switchboard.invalid>", null, null, "(unreadable mail, UID " + uid + ")",
                    "This mail could not be read: " + e.getClass().getSimpleName() + ". Open the errands mailbox "
                            + "to see it.", null, List.of(), null, List.of());
        }
    }

    private static long uid(UIDFolder folder, Message m) {
        try {
            return folder.getUID(m);
        } catch (MessagingException e) {
            return -1;
        }
    }

    @Override
    public String check(MailLogin login) {
        Session session = MailSessions.session(login.server());
        try (Store store = session.getStore(MailSessions.protocol(login.server()))) {
            store.connect(login.server().host(), login.server().port(), login.user(), login.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return "IMAP " + login.server().url() + " accepted the login of " + login.user() + "; the inbox holds "
                        + inbox.getMessageCount() + " mail" + (inbox.getMessageCount() == 1 ? "" : "s") + ".";
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw MailSessions.failure(login.server(), "logging in", e);
        }
    }
}
