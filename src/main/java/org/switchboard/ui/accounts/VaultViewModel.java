package org.switchboard.ui.accounts;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The vault passphrase: on a computer without a keychain (and without SWITCHBOARD_VAULT_PASSPHRASE) tokens
 * can only be stored or read after a person gives it. This asks through an injected prompt (a dialog in
 * the window, a fake in tests) and unlocks in the background; a refused passphrase asks again with the
 * reason. The passphrase is wiped from memory once handed over. UI thread only.
 */
public final class VaultViewModel {
    /** Asks for the passphrase. UI thread; empty when the person cancels. */
    @FunctionalInterface
    public interface PassphrasePrompt {
        /** @param problem why the previous try failed, {@code null} the first time */
        Optional<char[]> ask(Notice problem);
    }

    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final PassphrasePrompt prompt;
    private final BooleanProperty locked = new SimpleBooleanProperty();

    public VaultViewModel(AccountService accounts, BackgroundRunner runner, PassphrasePrompt prompt) {
        this.accounts = accounts;
        this.runner = runner;
        this.prompt = prompt;
    }

    /**
     * Runs {@code then} once secrets can be used: at once when a keychain or an unlocked vault is there,
     * otherwise after the person gave the passphrase. {@code stopped} gets {@code null} when they cancelled,
     * or the problem when the store could not even be asked. UI thread.
     */
    public void whenUnlocked(Runnable then, Consumer<Notice> stopped) {
        runner.run(accounts::secretsNeedPassphrase, need -> {
            if (need) {
                ask(null, then, stopped);
            } else {
                locked.set(false);
                then.run();
            }
        }, e -> stopped.accept(Notice.problem("vault.error.unlock", e)));
    }

    /**
     * At the window's start: when real accounts exist but their tokens are locked, asks right away, so
     * the background sync can read them. Demo-only workspaces are never asked. UI thread.
     */
    public void checkAtStart(Runnable unlocked) {
        runner.run(this::realAccountsLocked, need -> {
            locked.set(need);
            if (need) {
                ask(null, unlocked, problem -> { });
            }
        }, e -> { });
    }

    /** Re-reads whether real accounts wait for the passphrase (the status bar shows it). UI thread. */
    public void recheck() {
        runner.run(this::realAccountsLocked, locked::set, e -> { });
    }

    /** True while real accounts' tokens cannot be read until a passphrase is given. */
    public ReadOnlyBooleanProperty locked() {
        return locked;
    }

    /** Background thread: only real accounts have tokens, so a demo workspace never counts as locked. */
    private boolean realAccountsLocked() {
        return accounts.list().stream().anyMatch(a -> !a.demo()) && accounts.secretsNeedPassphrase();
    }

    private void ask(Notice problem, Runnable then, Consumer<Notice> stopped) {
        Optional<char[]> given = prompt.ask(problem);
        if (given.isEmpty()) {
            stopped.accept(null);
            return;
        }
        char[] passphrase = given.get();
        runner.run(() -> {
            try {
                accounts.unlockSecrets(passphrase);
                return accounts.secretStoreDescription();
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }, description -> {
            locked.set(false);
            then.run();
        }, e -> ask(Notice.problem("vault.error.unlock", e), then, stopped));
    }
}
