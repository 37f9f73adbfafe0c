package org.switchboard.service.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Account;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.service.accounts.AccountService;

/**
 * Keeps the window's accounts in sync in the background: every few seconds it looks which accounts are
 * due (their next sync time, which the sync service sets from the interval, an announced rate-limit
 * reset or the offline back-off) and syncs them one after the other on its own thread. The FX thread
 * never waits on it. {@link #syncNow()} makes every account due at once. After each round the outbox
 * delivers its due entries on the same thread.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    static final long TICK_SECONDS = 5;

    private final SyncService sync;
    private final AccountService accounts;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private final ExecutorService worker;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean forceAll;
    private final Runnable afterAccounts;
    private final Outbox outbox;
    private Instant lastAfterAccounts;

    public SyncScheduler(SyncService sync, AccountService accounts, Clock clock) {
        this(sync, accounts, clock, () -> { });
    }

    /**
     * @param afterAccounts the rest of a sync pass (the errands mailbox and the follow-up ladder), run after
     *                      the due accounts at most once per {@link SyncService#INTERVAL}, and on "Sync now"
     */
    public SyncScheduler(SyncService sync, AccountService accounts, Clock clock, Runnable afterAccounts) {
        this(sync, accounts, clock, afterAccounts, Outbox.NONE);
    }

    /** What the scheduler asks of the outbox (see {@code service.replies.OutboxService}). */
    public interface Outbox {
        Outbox NONE = new Outbox() {
            @Override
            public void deliverDue() {
            }

            @Override
            public void accountReachable(long accountId) {
            }
        };

        /** Sends the entries that are due. */
        void deliverDue();

        /** An account's platform answered again: entries waiting out a network failure may go now. */
        void accountReachable(long accountId);
    }

    /**
     * @param outbox delivered after every round (every tick: due entries only, one indexed query when none
     *               is due), and nudged when an account that was offline or failing syncs again
     */
    public SyncScheduler(SyncService sync, AccountService accounts, Clock clock, Runnable afterAccounts,
                         Outbox outbox) {
        this.outbox = outbox;
        this.sync = sync;
        this.accounts = accounts;
        this.clock = clock;
        this.afterAccounts = afterAccounts;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sync-ticker"));
        this.worker = Executors.newSingleThreadExecutor(r -> daemon(r, "sync-worker"));
    }

    /** Starts ticking. Any thread. */
    public void start() {
        ticker.scheduleWithFixedDelay(this::tick, 1, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Syncs every account as soon as possible (the "Sync now" button). Any thread. */
    public void syncNow() {
        forceAll = true;
        ticker.execute(this::tick);
    }

    /** One look at what is due; runs the due accounts on the worker unless a pass is still running. */
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        boolean all = forceAll;
        forceAll = false;
        worker.execute(() -> {
            try {
                runDue(all);
            } catch (RuntimeException e) {
                LOG.warn("Background sync pass failed", e);
            } finally {
                running.set(false);
            }
        });
    }

    /** Syncs the accounts that are due now (or all of them). Background thread. */
    void runDue(boolean all) {
        Instant now = clock.instant();
        for (Account a : accounts.list()) {
            if (a.demo() || a.paused()) {
                continue;
            }
            AccountStatus s = sync.status(a.id());
            boolean due = s.nextSyncAt() == null || !s.nextSyncAt().isAfter(now);
            boolean forced = all && s.state() != AccountStatus.State.RATE_LIMITED
                    && s.state() != AccountStatus.State.RECONNECT_NEEDED;
            if (due && s.state() == AccountStatus.State.RECONNECT_NEEDED) {
                continue; // nothing will change until a person reconnects it
            }
            if (due || forced) {
                AccountStatus.State before = s.state();
                AccountSyncResult result = sync.sync(a);
                boolean wasDown = before == AccountStatus.State.OFFLINE || before == AccountStatus.State.ERROR;
                if (wasDown && !result.failed()) {
                    deliver(() -> outbox.accountReachable(a.id()));
                }
            }
        }
        if (all || lastAfterAccounts == null || !now.isBefore(lastAfterAccounts.plus(SyncService.INTERVAL))) {
            lastAfterAccounts = now;
            try {
                afterAccounts.run();
            } catch (RuntimeException e) {
                LOG.warn("The errand part of the sync pass failed", e);
            }
        }
        deliver(outbox::deliverDue);
    }

    private static void deliver(Runnable delivery) {
        try {
            delivery.run();
        } catch (RuntimeException e) {
            LOG.warn("Delivering the outbox failed", e);
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        worker.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
