package org.switchboard.ui.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.Account;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.service.Workspace;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The accounts screen: every account with its sync state, where tokens are kept, and the actions on
 * one account (test, pause or resume, remove) or all (sync now). Every service call goes through the
 * {@link BackgroundRunner}; outcomes and failures become a {@link Notice} in words. UI thread only.
 */
public final class AccountsViewModel {
    /** Where tokens are kept; {@code description} is {@code null} while the vault waits for its passphrase. */
    public record Store(String description, boolean locked) {}

    private final Workspace ws;
    private final AccountService accounts;
    private final VaultViewModel vault;
    private final BackgroundRunner runner;
    private final Runnable changed;

    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Store> store = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanBinding busy = Bindings.greaterThan(running, 0);
    /** Handles the platform reported on connect or test, shown while the service keeps none itself. */
    private final Map<String, String> verifiedHandles = new HashMap<>();
    /** Numbers each read, so a slow refresh never overwrites a later one. */
    private long request;

    /**
     * @param changed told (on the UI thread) after an account was added, paused, resumed or removed, so
     *                the status bar follows: the account service publishes no event for these
     */
    public AccountsViewModel(Workspace ws, VaultViewModel vault, BackgroundRunner runner, Runnable changed) {
        this.ws = ws;
        this.accounts = ws.accounts();
        this.vault = vault;
        this.runner = runner;
        this.changed = changed;
    }

    /** Reads the accounts, their states and the secret store. UI thread. */
    public void refresh() {
        long mine = ++request;
        work(() -> new Loaded(AccountRow.load(accounts, ws.sync()), readStore()), loaded -> {
            if (mine == request) {
                rows.setAll(loaded.rows().stream().map(this::withVerifiedHandle).toList());
                store.set(loaded.store());
            }
        }, e -> notice.set(Notice.problem("accounts.error.load", e)));
    }

    /** Follows the sync: a finished or failed sync changes an account's state. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.SyncStatusChanged || event instanceof Event.WorkspaceReplaced) {
            refresh();
        }
    }

    /**
     * Before the add dialog: makes sure a token can be stored (asks for the vault passphrase where there
     * is no keychain), then runs {@code openDialog}. UI thread.
     */
    public void startAdd(Runnable openDialog) {
        notice.set(null);
        vault.whenUnlocked(() -> {
            refresh(); // the store's description changes once the vault is unlocked
            openDialog.run();
        }, notice::set);
    }

    /** The add dialog connected an account. UI thread. */
    public void added(AccountService.Connected connected) {
        String name = connected.account().name();
        if (connected.verifiedHandle() != null) {
            verifiedHandles.put(name, connected.verifiedHandle());
        }
        notice.set(connected.warning() != null ? Notice.warning("accounts.added.warning", connected.warning())
                : connected.verifiedHandle() != null ? Notice.ok("accounts.added.as", connected.verifiedHandle())
                : Notice.ok("accounts.added", name));
        refresh();
        changed.run();
    }

    /** Checks the account's credentials now: "Connected as …" or the platform's reason. UI thread. */
    public void test(AccountRow row) {
        String name = row.name();
        notice.set(Notice.ok("accounts.test.running", name));
        work(() -> accounts.test(name), handle -> {
            verifiedHandles.put(name, handle);
            notice.set(Notice.ok("accounts.test.ok", handle));
            refresh();
        }, e -> notice.set(Notice.problem("accounts.test.failed", e)));
    }

    /** Pauses a syncing account or resumes a paused one. UI thread. */
    public void togglePause(AccountRow row) {
        boolean pause = !row.account().paused();
        String name = row.name();
        work(() -> {
            accounts.setPaused(name, pause);
            return name;
        }, n -> {
            notice.set(Notice.ok(pause ? "accounts.paused" : "accounts.resumed", n));
            refresh();
            changed.run();
        }, e -> notice.set(Notice.problem("accounts.error.pause", e)));
    }

    /** Disconnects the account and forgets its secret; its cases stay. The view confirms first. UI thread. */
    public void remove(AccountRow row) {
        String name = row.name();
        work(() -> {
            accounts.remove(name);
            return name;
        }, n -> {
            verifiedHandles.remove(n);
            notice.set(Notice.ok("accounts.removed", n));
            refresh();
            changed.run();
        }, e -> notice.set(Notice.problem("accounts.error.remove", e)));
    }

    /** Makes every connected account due now; the states follow through the sync events. UI thread. */
    public void syncNow() {
        work(() -> {
            ws.scheduler().syncNow();
            return "";
        }, ok -> notice.set(Notice.ok("accounts.sync-started", ok)),
                e -> notice.set(Notice.problem("accounts.error.sync", e)));
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Store> store() {
        return store;
    }

    /** The latest outcome or problem, in words through the bundle. */
    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    public BooleanBinding busy() {
        return busy;
    }

    private record Loaded(List<AccountRow> rows, Store store) {}

    /** Background thread: asking the store may probe the keychain. */
    private Store readStore() {
        if (accounts.secretsNeedPassphrase()) {
            return new Store(null, true);
        }
        try {
            return new Store(accounts.secretStoreDescription(), false);
        } catch (SecretsUnavailableException e) {
            return new Store(null, true);
        }
    }

    private AccountRow withVerifiedHandle(AccountRow row) {
        String handle = verifiedHandles.get(row.name());
        if (handle == null || row.account().handle() != null) {
            return row;
        }
        Account a = row.account();
        return AccountRow.of(new Account(a.id(), a.platform(), a.name(), handle, a.demo(), a.paused(), a.settings(),
                a.createdAt()), row.status());
    }

    private <T> void work(Callable<T> call, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(running.get() + 1);
        runner.run(call, result -> {
            running.set(running.get() - 1);
            done.accept(result);
        }, e -> {
            running.set(running.get() - 1);
            failed.accept(e);
        });
    }
}
