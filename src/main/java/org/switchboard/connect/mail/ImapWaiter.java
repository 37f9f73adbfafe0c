package org.switchboard.connect.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailLogin;
import org.switchboard.domain.mail.MailWaiter;

/**
 * Waits for new mail with IMAP IDLE (RFC 2177) on one read-only connection to the INBOX. A wait ends when
 * the server announces new mail, when {@code max} passes (a watchdog issues a NOOP from another thread,
 * which Angus Mail documents as the way to end IDLE), or when {@link #close} closes the connection. The
 * message count seen last is kept, so mail that arrived between two waits ends the next one at once.
 */
final class ImapWaiter implements MailWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(ImapWaiter.class);

    private final MailLogin login;
    private final Store store;
    private final IMAPFolder inbox;
    private final boolean idleOffered;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("sb-imap-idle-watchdog").factory());
    private final AtomicBoolean arrived = new AtomicBoolean();
    private volatile boolean idling;
    private int seen;
    private volatile boolean closed;

    ImapWaiter(MailLogin login) {
        this.login = login;
        Session session = MailSessions.session(login.server());
        try {
            store = session.getStore(MailSessions.protocol(login.server()));
            store.connect(login.server().host(), login.server().port(), login.user(), login.password());
            idleOffered = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
            inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            seen = inbox.getMessageCount();
            // An EXISTS the server sends while IDLE is being started is consumed before the wait begins and
            // would not end it; the folder's event (on Jakarta Mail's event thread) ends it instead.
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    arrived.set(true);
                    if (idling) {
                        interruptIdle();
                    }
                }
            });
        } catch (MessagingException e) {
            watchdog.shutdownNow();
            throw MailSessions.failure(login.server(), "waiting for new mail", e);
        }
    }

    @Override
    public Outcome await(Duration max) {
        if (!idleOffered) {
            return Outcome.NOT_OFFERED;
        }
        if (closed) {
            return Outcome.QUIET;
        }
        ScheduledFuture<?> stop = watchdog.schedule(this::interruptIdle, Math.max(1, max.toMillis()),
                TimeUnit.MILLISECONDS);
        try {
            if (!arrived.get() && inbox.getMessageCount() <= seen) {
                idling = true; // then look at arrived again: the listener sets arrived, then looks at idling
                try {
                    if (!arrived.get()) {
                        inbox.idle(true); // returns after the server's first announcement, or when ended
                    }
                } finally {
                    idling = false;
                }
            }
            int now = inbox.getMessageCount();
            boolean fresh = arrived.getAndSet(false) | now > seen;
            seen = Math.max(seen, now);
            return fresh ? Outcome.NEW_MAIL : Outcome.QUIET;
        } catch (MessagingException | IllegalStateException e) {
            if (closed) {
                return Outcome.QUIET;
            }
            throw MailSessions.failure(login.server(), "waiting for new mail", e instanceof MessagingException m ? m
                    : new MessagingException(e.getMessage(), e));
        } finally {
            stop.cancel(false);
        }
    }

    /** Any command from another thread ends IDLE; a NOOP asks for nothing. */
    private void interruptIdle() {
        try {
            if (inbox.isOpen()) {
                inbox.doCommand(p -> {
                    p.simpleCommand("NOOP", null);
                    return null;
                });
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.debug("Ending IMAP IDLE: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        try {
            store.close(); // ends an IDLE in progress: its read fails and await returns QUIET
        } catch (MessagingException e) {
            LOG.debug("Closing the IMAP IDLE connection: {}", e.toString());
        }
    }
}
