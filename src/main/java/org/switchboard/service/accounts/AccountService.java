package org.switchboard.service.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Account;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.BrowserSignIn;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorFactory;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;

/** Connected accounts: adding (secret to the keychain, connection checked), listing, removing. Background threads. */
public final class AccountService {
    private final Repositories repos;
    private final Audit audit;
    private final Clock clock;
    private final SecretStore secrets;
    private final ConnectorFactory connectors;

    private final BrowserSignIn signIn;

    public AccountService(Repositories repos, Audit audit, Clock clock, SecretStore secrets,
                          ConnectorFactory connectors, BrowserSignIn signIn) {
        this.repos = repos;
        this.audit = audit;
        this.clock = clock;
        this.secrets = secrets;
        this.connectors = connectors;
        this.signIn = signIn;
    }

    /** True when the platform can be connected by signing in through the system browser. */
    public boolean browserSignIn(Platform platform) {
        return signIn.supports(platform);
    }

    /**
     * Signs in through the system browser (Mastodon: OAuth with PKCE and a loopback redirect), then
     * connects the account with the token it got. Blocks until the person answered in the browser.
     */
    public Connected connectWithBrowser(Platform platform, String name, Map<String, String> settings,
                                        java.util.function.Consumer<java.net.URI> openBrowser) {
        secrets.describe(); // no store, no sign-in: fail before the browser opens
        String token = signIn.signIn(platform, settings, openBrowser);
        return connect(platform, name, settings, token);
    }

    /** Checks an account's credentials now; returns its handle as the platform reports it. */
    public String test(String name) {
        Account a = byName(name);
        Connector connector = connectors.create(a);
        String handle = connector.verify();
        if (handle != null && !handle.equals(a.handle())) {
            repos.accounts().setHandle(a.id(), handle);
        }
        learnReplySettings(a, connector);
        return handle;
    }

    /** Stops or resumes syncing an account. */
    public void setPaused(String name, boolean paused) {
        Account a = byName(name);
        repos.accounts().setPaused(a.id(), paused);
        audit.record(paused ? "account.paused" : "account.resumed", "account", a.id(), null);
    }

    /** True when the window must ask for the vault passphrase before secrets can be used. */
    public boolean secretsNeedPassphrase() {
        return secrets.needsPassphrase();
    }

    /** Unlocks the vault with the passphrase the window asked for. */
    public void unlockSecrets(char[] passphrase) {
        secrets.unlock(passphrase);
    }

    /** What {@link #connect} found when it checked the connection. */
    public record Connected(Account account, String verifiedHandle, String warning) {}

    public List<Account> list() {
        return repos.accounts().list();
    }

    public Account byName(String name) {
        return repos.accounts().findByName(name)
                .orElseThrow(() -> new NotFoundException("account", "'" + name + "'"));
    }

    /** Adds an account without a secret (demo accounts, imports). */
    public Account add(Platform platform, String name, String handle, boolean demo, Map<String, String> settings) {
        return repos.tx().inTransaction(() -> {
            if (repos.accounts().findByName(name).isPresent()) {
                throw new ValidationException("an account named '" + name + "' exists already; choose another --name");
            }
            Account a = repos.accounts().insert(new Account(0, platform, name, handle, demo, false, settings,
                    clock.instant()));
            audit.record("account.added", "account", a.id(), platform.id() + (demo ? " (demo)" : ""));
            return a;
        });
    }

    /**
     * Connects a real account: stores the secret in the keychain (never the database), then asks the
     * platform who we are. A refused token removes the account again; a platform that cannot be reached
     * keeps it, with a warning, so it syncs once the network is back.
     */
    public Connected connect(Platform platform, String name, Map<String, String> settings, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new ValidationException("the account's token or password is empty");
        }
        String store = secrets.describe(); // fails first, before anything is written, when there is no store
        Account a = add(platform, name, null, false, settings);
        try {
            secrets.put(a.secretKey(), secret.strip());
        } catch (RuntimeException e) {
            remove(a.name());
            throw e;
        }
        audit.record("account.secret-stored", "account", a.id(), store);
        try {
            Connector connector = connectors.create(a);
            String handle = connector.verify();
            repos.accounts().setHandle(a.id(), handle);
            learnReplySettings(a, connector);
            return new Connected(repos.accounts().find(a.id()).orElse(a), handle, null);
        } catch (ConnectorException e) {
            if (e.kind() == ConnectorException.Kind.AUTH_EXPIRED || e.kind() == ConnectorException.Kind.PERMISSION) {
                remove(a.name());
                throw new ValidationException(platform.displayName() + " did not accept the credentials: "
                        + e.getMessage());
            }
            return new Connected(a, null, "the connection could not be checked now (" + e.getMessage()
                    + "); the account was added and syncs when the platform answers");
        }
    }

    /** Disconnects an account and forgets its secret; its cases stay. */
    public void remove(String name) {
        Account a = byName(name);
        repos.tx().run(() -> {
            repos.accounts().delete(a.id());
            audit.record("account.removed", "account", a.id(), a.platform().id() + " " + a.name());
        });
        if (!a.demo()) {
            secrets.delete(a.secretKey());
            secrets.delete(a.secretKey() + "/session");
        }
    }

    public String secretStoreDescription() {
        return secrets.describe();
    }

    /**
     * Keeps what the platform says replies depend on (Mastodon's status length) in the account's settings. Only
     * an improvement: when the platform cannot say now, the settings stay as they are.
     */
    private void learnReplySettings(Account a, Connector connector) {
        Map<String, String> learned;
        try {
            learned = connector.replySettings();
        } catch (ConnectorException e) {
            return;
        }
        if (learned.isEmpty() || a.settings().entrySet().containsAll(learned.entrySet())) {
            return;
        }
        Map<String, String> merged = new java.util.HashMap<>(a.settings());
        merged.putAll(learned);
        repos.accounts().setSettings(a.id(), merged);
    }
}
