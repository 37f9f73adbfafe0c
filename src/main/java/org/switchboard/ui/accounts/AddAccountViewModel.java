package org.switchboard.ui.accounts;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.domain.Platform;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The "Add account" dialog: the platform, its connection fields and the secret, checked and connected in
 * the background. The dialog stays open on a problem (shown in words) and closes on success. The secret
 * lives only in {@link #secret()} until it is handed to the service, and is cleared once connected. UI thread.
 */
public final class AddAccountViewModel {
    public static final String BLUESKY_SERVICE = "https://bsky.social";
    public static final String GRAPH_URL = "https://graph.facebook.com";
    /** The platforms the dialog offers: the ones with a connector. */
    public static final List<Platform> PLATFORMS = List.of(Platform.MASTODON, Platform.BLUESKY, Platform.FACEBOOK);

    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final Consumer<AccountService.Connected> connected;

    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(Platform.MASTODON);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty instance = new SimpleStringProperty("");
    private final StringProperty service = new SimpleStringProperty(BLUESKY_SERVICE);
    private final StringProperty identifier = new SimpleStringProperty("");
    private final StringProperty pageId = new SimpleStringProperty("");
    private final StringProperty graphUrl = new SimpleStringProperty(GRAPH_URL);
    private final StringProperty graphVersion = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final BooleanProperty waitingForBrowser = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> problem = new SimpleObjectProperty<>();
    private final BooleanBinding busy = connecting.or(waitingForBrowser);
    /** The thread waiting for the browser; {@link #cancelBrowser()} interrupts it (the sign-in honours that). */
    private final AtomicReference<Thread> browserWait = new AtomicReference<>();
    /** Numbers each attempt, so a cancelled attempt that answers late changes nothing on screen. */
    private long attempt;

    /** @param connected told on the UI thread when an account was connected (also after the dialog closed) */
    public AddAccountViewModel(AccountService accounts, BackgroundRunner runner,
                               Consumer<AccountService.Connected> connected) {
        this.accounts = accounts;
        this.runner = runner;
        this.connected = connected;
        platform.addListener((o, a, b) -> {
            problem.set(null);
            secret.set(""); // a Mastodon token must not travel along to Bluesky as its app password
        });
    }

    /** True when {@code p} can sign in through the system browser (Mastodon); an in-memory check. UI thread. */
    public boolean browserSignIn(Platform p) {
        return accounts.browserSignIn(p);
    }

    /** Connects with the pasted token or app password. UI thread. */
    public void connect() {
        Map<String, String> settings = settingsOrProblem();
        if (settings == null) {
            return;
        }
        if (secret.get().isBlank()) {
            problem.set(Notice.problem(secretMissingKey(), ""));
            return;
        }
        Platform p = platform.get();
        String n = accountName();
        String s = secret.get();
        long mine = ++attempt;
        problem.set(null);
        connecting.set(true);
        runner.run(() -> accounts.connect(p, n, settings, s), c -> finished(mine, c), e -> failed(mine, e));
    }

    /**
     * Signs in through the system browser: {@code openBrowser} gets the address (on a background thread);
     * the dialog says "waiting for the browser…" until the person answered or {@link #cancelBrowser()}. UI thread.
     */
    public void signInWithBrowser(Consumer<String> openBrowser) {
        Map<String, String> settings = settingsOrProblem();
        if (settings == null) {
            return;
        }
        Platform p = platform.get();
        String n = accountName();
        long mine = ++attempt;
        problem.set(null);
        waitingForBrowser.set(true);
        runner.run(() -> {
            browserWait.set(Thread.currentThread());
            try {
                return accounts.connectWithBrowser(p, n, settings, (URI uri) -> openBrowser.accept(uri.toString()));
            } finally {
                browserWait.set(null);
            }
        }, c -> finished(mine, c), e -> failed(mine, e));
    }

    /** Stops waiting for the browser; nothing is added. UI thread. */
    public void cancelBrowser() {
        attempt++;
        waitingForBrowser.set(false);
        Thread waiting = browserWait.getAndSet(null);
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    /** The name the account gets: what was typed, else {@link #suggestedName()}. UI thread. */
    public String accountName() {
        String typed = name.get().strip();
        return typed.isEmpty() ? suggestedName() : typed;
    }

    /** A name offered while the field is empty: the server, the handle or the page id. UI thread. */
    public String suggestedName() {
        return switch (platform.get()) {
            case MASTODON -> host(instance.get());
            case BLUESKY -> identifier.get().strip().replaceFirst("^@", "");
            case FACEBOOK -> pageId.get().isBlank() ? "" : "Facebook " + pageId.get().strip();
            default -> "";
        };
    }

    private void finished(long mine, AccountService.Connected c) {
        secret.set("");
        if (mine == attempt) {
            connecting.set(false);
            waitingForBrowser.set(false);
            done.set(true);
        }
        connected.accept(c); // also when the dialog was closed meanwhile: the account exists now
    }

    private void failed(long mine, Throwable e) {
        if (mine != attempt) {
            return; // a cancelled attempt: its "cancelled" error is no news
        }
        connecting.set(false);
        waitingForBrowser.set(false);
        problem.set(Notice.problem("accounts.add.error", e));
    }

    /** The platform's settings, checked; {@code null} after setting {@link #problem()}. */
    private Map<String, String> settingsOrProblem() {
        Map<String, String> s = new LinkedHashMap<>();
        boolean ok = switch (platform.get()) {
            case MASTODON -> putUrl(s, "instance", instance.get(), "accounts.add.error.instance");
            case BLUESKY -> putUrl(s, "service", service.get().isBlank() ? BLUESKY_SERVICE : service.get(),
                    "accounts.add.error.service") && putIdentifier(s);
            case FACEBOOK -> putPage(s);
            default -> fail("accounts.add.error.platform", platform.get().displayName());
        };
        if (!ok) {
            return null;
        }
        if (accountName().isBlank()) {
            problem.set(Notice.problem("accounts.add.error.name", ""));
            return null;
        }
        return s;
    }

    private boolean putIdentifier(Map<String, String> s) {
        String id = identifier.get().strip().replaceFirst("^@", "");
        if (id.isEmpty()) {
            return fail("accounts.add.error.identifier", "");
        }
        s.put("identifier", id);
        return true;
    }

    private boolean putPage(Map<String, String> s) {
        String id = pageId.get().strip();
        if (!id.matches("\\d{1,30}")) {
            return fail("accounts.add.error.page-id", id);
        }
        s.put("pageId", id);
        if (!putUrl(s, "graphUrl", graphUrl.get().isBlank() ? GRAPH_URL : graphUrl.get(),
                "accounts.add.error.graph-url")) {
            return false;
        }
        if (!graphVersion.get().isBlank()) {
            s.put("graphVersion", graphVersion.get().strip());
        }
        return true;
    }

    private boolean putUrl(Map<String, String> settings, String key, String typed, String problemKey) {
        String url = webAddress(typed);
        if (url == null) {
            return fail(problemKey, typed.strip());
        }
        settings.put(key, url);
        return true;
    }

    private boolean fail(String key, String detail) {
        problem.set(Notice.problem(key, detail));
        return false;
    }

    /** "social.example/" → "https://social.example"; {@code null} when it is no web address. Any thread. */
    static String webAddress(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        try {
            URI u = URI.create(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
                return null;
            }
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String host(String typed) {
        String url = webAddress(typed);
        return url == null ? "" : URI.create(url).getHost();
    }

    private String secretMissingKey() {
        return switch (platform.get()) {
            case MASTODON -> "accounts.add.error.token-mastodon";
            case BLUESKY -> "accounts.add.error.app-password";
            default -> "accounts.add.error.token";
        };
    }

    public ObjectProperty<Platform> platform() {
        return platform;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty instance() {
        return instance;
    }

    public StringProperty service() {
        return service;
    }

    public StringProperty identifier() {
        return identifier;
    }

    public StringProperty pageId() {
        return pageId;
    }

    public StringProperty graphUrl() {
        return graphUrl;
    }

    public StringProperty graphVersion() {
        return graphVersion;
    }

    /** The token or app password as typed; cleared once connected. Never logged, never shown again. */
    public StringProperty secret() {
        return secret;
    }

    public BooleanBinding busy() {
        return busy;
    }

    public ReadOnlyBooleanProperty waitingForBrowser() {
        return waitingForBrowser;
    }

    /** True once the account is connected: the dialog closes. */
    public ReadOnlyBooleanProperty done() {
        return done;
    }

    public ReadOnlyObjectProperty<Notice> problem() {
        return problem;
    }
}
