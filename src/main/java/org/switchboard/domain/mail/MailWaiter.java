package org.switchboard.domain.mail;

import java.time.Duration;

/**
 * One connection to the errands mailbox that waits for new mail (IMAP IDLE), so answers are read when they
 * arrive instead of at the next poll. Blocks in {@link #await}; {@link #close} may be called from any
 * thread and ends a wait at once.
 */
public interface MailWaiter extends AutoCloseable {
    /** Why a wait ended. */
    enum Outcome {
        /** The inbox holds mail that was not there when the wait began. */
        NEW_MAIL,
        /** Nothing arrived within the time given (or the wait was closed). */
        QUIET,
        /** The server does not offer IDLE: poll instead. */
        NOT_OFFERED
    }

    /**
     * Waits at most {@code max} for new mail. Mail that arrived since the previous wait (or since the
     * connection was opened) ends the wait at once.
     *
     * @throws MailException when the connection fails (the caller reconnects later)
     */
    Outcome await(Duration max);

    /** Ends a wait in progress and the connection. Any thread; harmless twice. */
    @Override
    void close();
}
