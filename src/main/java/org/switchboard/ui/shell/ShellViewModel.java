package org.switchboard.ui.shell;

import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.domain.Settings;
import org.switchboard.domain.port.SettingsStore;
import org.switchboard.service.demo.DemoWorkspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.queue.CustomViews;

/**
 * The main window's own state: language, theme, the welcome panel and the demo marker, and the
 * settings behind them. UI thread only; settings are written through the {@link BackgroundRunner}.
 */
public final class ShellViewModel {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private final SettingsStore store;
    private final DemoWorkspace demo;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final String workspaceFolder;

    private final ObjectProperty<Texts> texts;
    private final StringProperty theme;
    private final BooleanProperty welcome;
    private final BooleanProperty demoPresent;
    /** The demo only goes into a workspace that was empty (the service refuses otherwise). */
    private final BooleanProperty demoLoadable;
    /** The settings as they should be on disk; the writer always saves the latest. */
    private final AtomicReference<Settings> settings;
    private final Object writeLock = new Object();

    public ShellViewModel(OpenedWorkspace opened, String languageOverride, BackgroundRunner runner,
                          StatusModel status) {
        this.store = opened.workspace().settings();
        this.demo = opened.workspace().demo();
        this.runner = runner;
        this.status = status;
        this.workspaceFolder = opened.workspace().dataDir().toString();
        this.settings = new AtomicReference<>(opened.settings());
        this.texts = new SimpleObjectProperty<>(Texts.forLanguage(language(languageOverride, opened.settings())));
        this.theme = new SimpleStringProperty(opened.settings().theme());
        this.welcome = new SimpleBooleanProperty(opened.empty());
        this.demoPresent = new SimpleBooleanProperty(opened.demo());
        this.demoLoadable = new SimpleBooleanProperty(opened.empty());
    }

    /**
     * The language to start in: {@code --lang} (an explicit wish for this run) over the saved setting
     * over the operating system's language ({@code null}). Any thread.
     */
    public static String language(String override, Settings saved) {
        return override != null ? override : saved.language();
    }

    /** Switches the language and remembers it. UI thread. */
    public void chooseLanguage(String language) {
        texts.set(Texts.forLanguage(language));
        settings.updateAndGet(s -> s.withLanguage(texts.get().language()));
        save();
    }

    /** Switches between {@link #LIGHT} and {@link #DARK} and remembers it. UI thread. */
    public void chooseTheme(String newTheme) {
        theme.set(DARK.equals(newTheme) ? DARK : LIGHT);
        settings.updateAndGet(s -> s.withTheme(theme.get()));
        save();
    }

    /** Fills the empty workspace with the demo data; the queue refreshes on the service's event. UI thread. */
    public void loadDemo() {
        status.begin();
        runner.run(demo::load, result -> {
            status.end();
            welcome.set(false);
            demoPresent.set(true);
            demoLoadable.set(false);
        }, e -> {
            status.end();
            status.fail("welcome.error.demo", e);
        });
    }

    /** Leaves the welcome panel for an empty queue. UI thread. */
    public void startEmpty() {
        welcome.set(false);
    }

    /** Remembers where the window is; written by {@link #writeSettings()} when the window closes. Any thread. */
    public void rememberWindow(Settings.WindowGeometry geometry) {
        settings.updateAndGet(s -> s.withWindow(geometry));
    }

    /** The window's saved place, or {@code null} the first time. Any thread. */
    public Settings.WindowGeometry savedWindow() {
        return settings.get().window();
    }

    /** Writes the current settings now. Background thread (touches the disk). */
    public void writeSettings() {
        synchronized (writeLock) {
            store.save(settings.get());
        }
    }

    /** The agent's saved queue views, kept in the settings and written with them. */
    public CustomViews.Store views() {
        return new CustomViews.Store() {
            @Override
            public java.util.List<Settings.CustomView> views() {
                return settings.get().views();
            }

            @Override
            public void save(java.util.List<Settings.CustomView> views) {
                settings.updateAndGet(s -> s.withViews(views));
                ShellViewModel.this.save();
            }
        };
    }

    private void save() {
        runner.run(() -> {
            writeSettings();
            return null;
        }, ok -> { }, e -> status.fail("settings.error.save", e));
    }

    public ReadOnlyObjectProperty<Texts> texts() {
        return texts;
    }

    public ReadOnlyStringProperty theme() {
        return theme;
    }

    /** True while the welcome panel replaces the case view (first start on an empty workspace). */
    public ReadOnlyBooleanProperty welcome() {
        return welcome;
    }

    /** True while File → Load demo workspace makes sense: the workspace started empty and has no demo yet. */
    public ReadOnlyBooleanProperty demoLoadable() {
        return demoLoadable;
    }

    public ReadOnlyBooleanProperty demoPresent() {
        return demoPresent;
    }

    public String workspaceFolder() {
        return workspaceFolder;
    }
}
