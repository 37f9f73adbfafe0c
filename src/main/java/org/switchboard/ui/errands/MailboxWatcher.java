package org.switchboard.ui.errands;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.mail.MailWaiter;

/**
 * The window's ear on the errands mailbox: one background thread waits with IMAP IDLE and calls
 * {@code onNewMail} as soon as the server announces a mail, so a colleague's answer is applied without
 * waiting for the next periodic pass. After each (re)connect it calls {@code onNewMail} once for mail that
 * came while nobody listened. It reconnects every {@link #IDLE_FOR} (servers end idle connections after
 * 30 minutes, RFC 2177) and a minute after a failure. Where the server offers no IDLE, or no mailbox is set
 * up, the periodic pass is all there is: it looks again every {@link #RECHECK_AFTER}, since the settings
 * may change. {@link #close} ends a wait at once and the thread with it.
 */
public final class MailboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    static final Duration IDLE_FOR = Duration.ofMinutes(9);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    static final Duration RECHECK_AFTER = Duration.ofMinutes(10);

    /** What the watcher is doing. */
    public enum State { NOT_STARTED, IDLING, POLLING, RECONNECTING, STOPPED }

    private final Supplier<Optional<MailWaiter>> open;
    private final Runnable onNewMail;
    private final Object pause = new Object();
    private volatile boolean stopped;
    private volatile MailWaiter current;
    private volatile State state = State.NOT_STARTED;
    private Thread thread;

    /**
     * @param open      opens a waiting connection; empty when no mailbox is set up (called on the watcher's thread)
     * @param onNewMail reads and applies the answers (called on the watcher's thread; hand it on as needed)
     */
    public MailboxWatcher(Supplier<Optional<MailWaiter>> open, Runnable onNewMail) {
        this.open = open;
        this.onNewMail = onNewMail;
    }

    /** Starts the background thread; a second call does nothing. Any thread. */
    public synchronized void start() {
        if (thread == null && !stopped) {
            thread = Thread.ofPlatform().daemon().name("sb-errands-mailbox-idle").start(this::run);
        }
    }

    public State state() {
        return state;
    }

    private void run() {
        while (!stopped) {
            MailWaiter w;
            try {
                w = open.get().orElse(null);
            } catch (RuntimeException e) {
                LOG.info("The errands mailbox cannot be watched now: {}", e.getMessage());
                state = State.RECONNECTING;
                pause(RETRY_AFTER);
                continue;
            }
            if (w == null) {
                state = State.POLLING;
                pause(RECHECK_AFTER);
                continue;
            }
            current = w;
            boolean offered = true;
            try {
                onNewMail.run();
                while (!stopped) {
                    state = State.IDLING;
                    MailWaiter.Outcome outcome = w.await(IDLE_FOR);
                    if (outcome == MailWaiter.Outcome.NOT_OFFERED) {
                        offered = false;
                        break;
                    }
                    if (outcome == MailWaiter.Outcome.QUIET) {
                        break; // reconnect before the server drops us
                    }
                    if (!stopped) {
                        onNewMail.run();
                    }
                }
            } catch (RuntimeException e) {
                LOG.info("Waiting for mail in the errands mailbox failed; trying again in a minute: {}", e.getMessage());
                state = State.RECONNECTING;
                w.close();
                current = null;
                pause(RETRY_AFTER);
                continue;
            }
            w.close();
            current = null;
            if (!offered) {
                state = State.POLLING;
                pause(RECHECK_AFTER);
            }
        }
        state = State.STOPPED;
    }

    private void pause(Duration d) {
        synchronized (pause) {
            if (!stopped) {
                try {
                    pause.wait(d.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    /** Ends a wait in progress and the thread; returns once it has ended (at most a few seconds). Any thread. */
    @Override
    public void close() {
        stopped = true;
        MailWaiter w = current;
        if (w != null) {
            w.close();
        }
        synchronized (pause) {
            pause.notifyAll();
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.STOPPED;
    }
}
