package org.switchboard.ui.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.sync.SyncService;

/**
 * One account as the accounts screen and the status bar show it: the account, its sync status and the
 * state a person reads (demo and paused win over what the last sync said). Any thread (immutable).
 */
public record AccountRow(Account account, AccountStatus status, Shown shown) {

    /** What the account is doing, ordered from worst to best: the status bar names the worst first. */
    public enum Shown {
        RECONNECT_NEEDED, ERROR, OFFLINE, RATE_LIMITED, NEW, PAUSED, OK, DEMO;

        /** True when a person should look at the account. */
        public boolean troubled() {
            return ordinal() <= RATE_LIMITED.ordinal();
        }
    }

    /** Worst state first, then by name, so the list and the summary agree on what matters. */
    public static final Comparator<AccountRow> WORST_FIRST = Comparator.<AccountRow, Shown>comparing(AccountRow::shown)
            .thenComparing(r -> r.account().name(), String.CASE_INSENSITIVE_ORDER);

    /** The row of {@code a} with its sync status {@code s}. Any thread. */
    public static AccountRow of(Account a, AccountStatus s) {
        return new AccountRow(a, s, stateOf(a, s));
    }

    /** Demo and paused first, then what the sync service last recorded. */
    static Shown stateOf(Account a, AccountStatus s) {
        if (a.demo()) {
            return Shown.DEMO;
        }
        if (a.paused()) {
            return Shown.PAUSED;
        }
        return switch (s.state()) {
            case NEW -> Shown.NEW;
            case OK -> Shown.OK;
            case RATE_LIMITED -> Shown.RATE_LIMITED;
            case RECONNECT_NEEDED -> Shown.RECONNECT_NEEDED;
            case ERROR -> Shown.ERROR;
            case OFFLINE -> Shown.OFFLINE;
            case PAUSED -> Shown.PAUSED;
        };
    }

    public String name() {
        return account.name();
    }

    public Platform platform() {
        return account.platform();
    }

    public boolean demo() {
        return account.demo();
    }

    /**
     * The handle to show: the account's own, else the Bluesky log-in identifier, else {@code null}.
     * (Accounts connected by token keep no handle yet; the screen adds the one a test reported.)
     */
    public String handle() {
        if (account.handle() != null) {
            return account.handle();
        }
        return account.settings().get("identifier");
    }

    /** Every account with its status: real accounts first, then by name. Background thread (reads). */
    public static List<AccountRow> load(AccountService accounts, SyncService sync) {
        List<AccountRow> rows = new ArrayList<>();
        for (Account a : accounts.list()) {
            rows.add(of(a, a.demo() ? AccountStatus.fresh(a.id()) : sync.status(a.id())));
        }
        rows.sort(Comparator.comparing(AccountRow::demo)
                .thenComparing(r -> r.account().name(), String.CASE_INSENSITIVE_ORDER));
        return rows;
    }
}
