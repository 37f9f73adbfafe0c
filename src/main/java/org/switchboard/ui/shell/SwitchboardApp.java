package org.switchboard.ui.shell;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.WorkspaceUnavailableException;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.FxBackgroundRunner;
import org.switchboard.ui.common.Problem;

/**
 * The JavaFX application: shows "Opening workspace…", opens the workspace in the background, then the
 * main window; on quit saves the settings and releases the data folder in the background, then exits.
 */
public final class SwitchboardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardApp.class);

    /** The startup and the exit code, shared between {@link UiLauncher#launch} and the app instance. */
    public static final class Handover {
        private final UiLauncher.Startup startup;
        private final AtomicInteger exitCode = new AtomicInteger();

        Handover(UiLauncher.Startup startup) {
            this.startup = startup;
        }

        public int exitCode() {
            return exitCode.get();
        }
    }

    /**
     * The one static in the UI: {@link Application#launch} creates this class by reflection through its
     * no-argument constructor, so the launcher cannot pass the startup any other way.
     */
    private static volatile Handover pending;

    private final Handover handover;
    private final UiLauncher.Startup startup;
    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private Stage stage;
    private MainWindow window;
    private Workspace workspace;
    private boolean quitting;
    /** The workspace being opened since {@link #init()}; null when the toolkit's launcher did not call it. */
    private volatile CompletableFuture<OpenedWorkspace> opening;

    /** Used by {@link Application#launch}: takes the startup the launcher handed over. */
    public SwitchboardApp() {
        this(takePending());
    }

    /** Tests start the application with their own startup (through TestFX's FxToolkit). */
    public SwitchboardApp(UiLauncher.Startup startup) {
        this(new Handover(startup));
    }

    private SwitchboardApp(Handover handover) {
        this.handover = handover;
        this.startup = handover.startup;
    }

    static Handover handOver(UiLauncher.Startup startup) {
        Handover h = new Handover(startup);
        pending = h;
        return h;
    }

    private static Handover takePending() {
        Handover h = pending;
        if (h == null) {
            throw new IllegalStateException("start the window through UiLauncher.launch");
        }
        return h;
    }

    /**
     * Starts opening the workspace while the FX thread builds and paints the opening screen: on two cores the
     * database, the search index and the services come up in parallel with the toolkit (ADR 0021). The launcher
     * calls this once the toolkit runs (so a machine without a display still has its folder untouched).
     * Launcher thread.
     */
    @Override
    public void init() {
        opening = openInBackground(startup);
    }

    private static CompletableFuture<OpenedWorkspace> openInBackground(UiLauncher.Startup startup) {
        CompletableFuture<OpenedWorkspace> f = new CompletableFuture<>();
        Thread.ofPlatform().name("sb-open-workspace").daemon().start(() -> {
            try {
                f.complete(OpenedWorkspace.open(startup.opener(), startup.dataDir()));
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    /** The workspace {@link #init()} started opening (or opens it now). Background thread. */
    private OpenedWorkspace awaitOpened() throws Exception {
        CompletableFuture<OpenedWorkspace> f = opening;
        if (f == null) {
            return OpenedWorkspace.open(startup.opener(), startup.dataDir());
        }
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        // We exit ourselves once the settings are written and the data folder released.
        Platform.setImplicitExit(false);
        Themes.apply(ShellViewModel.LIGHT);
        Texts texts = Texts.forLanguage(startup.language());
        stage.setTitle(texts.get("app.title"));
        AppIcon.install(stage);
        Scene opening = new Scene(OpeningPane.of(texts, startup.dataDir()), 480, 220);
        opening.getStylesheets().add(Css.STYLESHEET);
        stage.setScene(opening);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
        runner.run(this::awaitOpened, this::opened, this::openFailed);
    }

    private void opened(OpenedWorkspace opened) {
        workspace = opened.workspace();
        if (quitting) {
            closeInBackground();
            return;
        }
        window = new MainWindow(stage, opened, runner, new MainWindow.Setup(startup.language(), startup.version(),
                url -> getHostServices().showDocument(url), this::quit, Clock.systemDefaultZone()));
        window.show();
    }

    private void openFailed(Throwable failure) {
        int code = failure instanceof WorkspaceUnavailableException w
                && w.reason() == WorkspaceUnavailableException.Reason.IN_USE ? 3 : 1;
        handover.exitCode.set(code);
        if (!quitting) {
            StartupFailure.show(stage, Texts.forLanguage(startup.language()), failure);
        }
        LOG.warn("The workspace {} could not be opened: {}", startup.dataDir(), Problem.readable(failure));
        Platform.exit();
    }

    /** Closes the window: settings and folder are released in the background, then the toolkit exits. FX thread. */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        stage.hide();
        if (window == null) {
            return; // still opening: opened() or openFailed() finishes the exit
        }
        window.shell().rememberWindow(window.geometry());
        closeInBackground();
    }

    private void closeInBackground() {
        MainWindow w = window;
        Runnable lastDrafts = w == null ? () -> { } : w.closingWork();
        if (w != null) {
            w.dispose();
        }
        runner.run(() -> {
            lastDrafts.run(); // drafts typed in the last moment before closing
            if (w != null) {
                w.shell().writeSettings();
            }
            closeWorkspace();
            return null;
        }, ok -> Platform.exit(), e -> Platform.exit());
    }

    private synchronized void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /**
     * The toolkit is ending. Normally {@link #quit()} already released everything; when the toolkit is
     * stopped another way (tests, the desktop session ending) the folder lock must still be released,
     * so it is closed here, on the FX thread, where nothing is left to keep responsive.
     */
    @Override
    public void stop() {
        if (window != null && !quitting) {
            Runnable lastDrafts = window.closingWork();
            window.dispose();
            try {
                lastDrafts.run();
            } catch (RuntimeException e) {
                LOG.warn("Drafts not saved on exit: {}", e.getMessage());
            }
            try {
                window.shell().rememberWindow(window.geometry());
                window.shell().writeSettings();
            } catch (RuntimeException e) {
                LOG.warn("Settings not saved on exit: {}", e.getMessage());
            }
        }
        try {
            closeWorkspace();
        } catch (RuntimeException e) {
            LOG.warn("Closing the workspace failed: {}", e.getMessage());
        }
        runner.close();
    }
}
