package org.switchboard.service.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Account;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.domain.sync.AccountStatus.State;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorFactory;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.SyncStateRepository;
import org.switchboard.domain.sync.WaitMeter;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Pulls each account's streams into the queue. Every page is stored in one transaction together with
 * the cursor after it, so a crash or a failure never loses an item, never stores one twice and never
 * moves the cursor past an item that was not stored. One account failing does not stop the others.
 * Background threads only; one pass per account at a time.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    /** Default time between two syncs of an account. */
    public static final Duration INTERVAL = Duration.ofSeconds(60);
    /** Pages one pass reads per stream at most; the rest follows in the next pass. */
    static final int MAX_PAGES_PER_PASS = 100;

    private final Repositories repos;
    private final SyncStateRepository state;
    private final ConnectorFactory connectors;
    private final Ingest ingest;
    private final EventBus events;
    private final Audit audit;
    private final Clock clock;
    private final WaitMeter waits;
    private final java.util.function.Predicate<java.time.Duration> pause;
    /** Rate-limit resets at most this far away are waited out; later ones defer the account (CLI.md). */
    public static final Duration MAX_WAIT = Duration.ofSeconds(120);

    public SyncService(Repositories repos, SyncStateRepository state, ConnectorFactory connectors,
                       ConversationService conversations, EventBus events, Audit audit, Clock clock, WaitMeter waits) {
        this(repos, state, connectors, conversations, events, audit, clock, waits, d -> false);
    }

    /**
     * @param pause waits the given time and returns true, or returns false when it may not wait (then the
     *              account is deferred); the window's scheduler never waits, the command line does
     */
    public SyncService(Repositories repos, SyncStateRepository state, ConnectorFactory connectors,
                       ConversationService conversations, EventBus events, Audit audit, Clock clock, WaitMeter waits,
                       java.util.function.Predicate<java.time.Duration> pause) {
        this.pause = pause;
        this.repos = repos;
        this.state = state;
        this.connectors = connectors;
        this.ingest = new Ingest(repos, conversations);
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.waits = waits;
    }

    /** One pass over every connected account (demo and paused accounts are left alone), or over one. */
    public List<AccountSyncResult> syncOnce(String accountName) {
        List<Account> accounts = repos.accounts().list();
        if (accountName != null) {
            accounts = accounts.stream().filter(a -> a.name().equals(accountName)).toList();
            if (accounts.isEmpty()) {
                throw new NotFoundException("account", "'" + accountName + "'");
            }
        }
        List<AccountSyncResult> results = new ArrayList<>();
        for (Account a : accounts) {
            if (a.demo()) {
                continue;
            }
            results.add(a.paused() ? paused(a) : sync(a));
        }
        return results;
    }

    public AccountStatus status(long accountId) {
        return state.status(accountId);
    }

    /** Syncs one account now. */
    public AccountSyncResult sync(Account account) {
        long waitedBefore = waits.waitedMillis();
        Counts counts = new Counts();
        AccountStatus before = state.status(account.id());
        Instant now = clock.instant();
        if (before.state() == State.RATE_LIMITED && before.nextSyncAt() != null && before.nextSyncAt().isAfter(now)) {
            // The platform announced a reset (possibly to an earlier process): never ask inside that window.
            java.time.Duration wait = java.time.Duration.between(now, before.nextSyncAt());
            if (wait.compareTo(MAX_WAIT) > 0 || !pause.test(wait)) {
                return result(account, counts, waitedBefore, before);
            }
        }
        try {
            Connector connector = connectors.create(account);
            ConnectorException streamFailure = null;
            int streamsOk = 0;
            for (String stream : connector.streams()) {
                try {
                    syncStream(account, connector, stream, counts);
                    streamsOk++;
                } catch (ConnectorException e) {
                    if (e.kind() == ConnectorException.Kind.AUTH_EXPIRED) {
                        throw e; // the whole account needs reconnecting
                    }
                    LOG.warn("Sync of {} stream {} failed: {}", account.name(), stream, e.getMessage());
                    streamFailure = streamFailure == null || e.kind() == ConnectorException.Kind.RATE_LIMITED
                            ? e : streamFailure;
                }
            }
            // A stream the token may not read (e.g. Bluesky DMs without DM access) is a warning, not a failure,
            // as long as another stream synced.
            boolean onlyNotPermitted = streamFailure != null && streamsOk > 0
                    && streamFailure.kind() == ConnectorException.Kind.PERMISSION;
            if (streamFailure != null && !onlyNotPermitted) {
                throw streamFailure;
            }
            now = clock.instant();
            AccountStatus ok = new AccountStatus(account.id(), State.OK, now, now.plus(INTERVAL),
                    onlyNotPermitted ? streamFailure.getMessage() : null, 0);
            state.saveStatus(ok, now);
            events.publish(new Event.SyncStatusChanged(account.id()));
            return result(account, counts, waitedBefore, ok);
        } catch (ConnectorException | org.switchboard.domain.SecretsUnavailableException raw) {
            // A locked vault is not an expired token: it is an error that clears once the passphrase is given.
            ConnectorException e = raw instanceof ConnectorException ce ? ce
                    : new ConnectorException(ConnectorException.Kind.CLIENT_ERROR, raw.getMessage(), null, 0, raw);
            AccountStatus failed = failedStatus(account, before, e);
            state.saveStatus(failed, clock.instant());
            events.publish(new Event.SyncStatusChanged(account.id()));
            if (failed.state() == State.RECONNECT_NEEDED && before.state() != State.RECONNECT_NEEDED) {
                audit.record("account.reconnect-needed", "account", account.id(), e.getMessage());
            }
            return result(account, counts, waitedBefore, failed);
        } finally {
            // New messages announced themselves (CaseChanged per message); edits are announced here.
            ingest.editedCases.forEach(id -> events.publish(new Event.CaseChanged(id, false)));
            ingest.editedCases.clear();
        }
    }

    private void syncStream(Account account, Connector connector, String stream, Counts counts) {
        String cursor = state.cursor(account.id(), stream).orElse(null);
        for (int page = 0; page < MAX_PAGES_PER_PASS; page++) {
            FetchedPage fetched = connector.fetch(stream, cursor);
            counts.pages++;
            String next = fetched.nextCursor();
            // Lost in a crash, the page is fetched again (its cursor is in the same commit): written in the background.
            repos.tx().inDeferredWriteTransaction(() -> {
                List<InboundItem> ordered = fetched.items().stream()
                        .sorted(Comparator.comparing(InboundItem::createdAt)).toList();
                for (Ingest.Outcome outcome : ingest.page(account, ordered)) {
                    switch (outcome) {
                        case NEW -> counts.newItems++;
                        case UPDATED -> counts.updated++;
                        case UNCHANGED, SKIPPED -> { }
                    }
                }
                if (next != null) {
                    state.saveCursor(account.id(), stream, next, clock.instant());
                }
                return null;
            });
            if (!fetched.hasMore() || next == null || next.equals(cursor) && fetched.items().isEmpty()) {
                return;
            }
            cursor = next;
        }
    }

    private AccountStatus failedStatus(Account account, AccountStatus before, ConnectorException e) {
        Instant now = clock.instant();
        int failures = before.failuresInARow() + 1;
        return switch (e.kind()) {
            case AUTH_EXPIRED -> new AccountStatus(account.id(), State.RECONNECT_NEEDED, before.lastSyncAt(), null,
                    e.getMessage(), failures);
            case RATE_LIMITED -> new AccountStatus(account.id(), State.RATE_LIMITED, before.lastSyncAt(),
                    e.retryAt() != null ? e.retryAt() : now.plus(INTERVAL), e.getMessage(), failures);
            case NETWORK -> new AccountStatus(account.id(), State.OFFLINE, before.lastSyncAt(),
                    now.plus(retryAfterFailures(failures)), e.getMessage(), failures);
            case PERMISSION, CLIENT_ERROR, SERVER_ERROR, MALFORMED -> new AccountStatus(account.id(), State.ERROR,
                    before.lastSyncAt(), now.plus(retryAfterFailures(failures)), e.getMessage(), failures);
        };
    }

    /** After failures in a row: 1, 2, 4 minutes, then every 5 — no hammering, and it resumes by itself. */
    static Duration retryAfterFailures(int failures) {
        Duration d = INTERVAL.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 10));
        Duration cap = Duration.ofMinutes(5);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private AccountSyncResult paused(Account a) {
        AccountStatus s = state.status(a.id());
        return new AccountSyncResult(a.name(), a.platform(), 0, 0, 0, 0, State.PAUSED, s.lastError());
    }

    private AccountSyncResult result(Account a, Counts c, long waitedBefore, AccountStatus s) {
        long waited = Math.max(0, waits.waitedMillis() - waitedBefore);
        return new AccountSyncResult(a.name(), a.platform(), c.newItems, c.updated, c.pages,
                Math.round(waited / 1000.0), s.state(), s.lastError());
    }

    private static final class Counts {
        int newItems;
        int updated;
        int pages;
    }
}
