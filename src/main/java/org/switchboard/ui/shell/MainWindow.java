package org.switchboard.ui.shell;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.switchboard.domain.Settings;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.accounts.AccountTexts;
import org.switchboard.ui.accounts.AccountsWindow;
import org.switchboard.ui.accounts.PassphraseDialog;
import org.switchboard.ui.accounts.SyncStatusView;
import org.switchboard.ui.accounts.SyncSummaryViewModel;
import org.switchboard.ui.accounts.VaultViewModel;
import javafx.scene.input.KeyCode;
import org.switchboard.ui.caseview.AttachmentLoader;
import org.switchboard.ui.caseview.AttemptsViewModel;
import org.switchboard.ui.caseview.CaseActionsViewModel;
import org.switchboard.ui.caseview.CaseDialogs;
import org.switchboard.ui.caseview.CaseMenus;
import org.switchboard.ui.caseview.ManualCaseViewModel;
import org.switchboard.ui.caseview.CaseView;
import org.switchboard.ui.caseview.CaseViewModel;
import org.switchboard.ui.caseview.ContextView;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.EventBridge;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;
import org.switchboard.ui.errands.ErrandCss;
import org.switchboard.ui.errands.ErrandScreens;
import org.switchboard.ui.queue.QueueView;
import org.switchboard.ui.queue.QueueViewModel;
import org.switchboard.ui.replies.ReplyBox;
import org.switchboard.ui.replies.ReplyViewModel;

/**
 * The main window over one open workspace: menu, queue | case with reply box | context, status bar with
 * the accounts' sync; the accounts screen in its own window. It starts the workspace's background sync.
 * The view-models live as long as the window; the views are rebuilt when the language changes. FX thread only.
 */
public final class MainWindow implements ShellMenu.Actions, KeyboardShortcuts.Target {
    /** What the window needs from the application around it. */
    public record Setup(String languageOverride, String version, Consumer<String> openLink, Runnable quit,
                        Clock clock) {}

    private final Stage stage;
    private final Setup setup;
    private final StatusModel status = new StatusModel();
    private final ShellViewModel shell;
    private final QueueViewModel queue;
    private final CaseViewModel kase;
    private final CaseActionsViewModel actions;
    private final AttemptsViewModel attempts;
    private final ManualCaseViewModel manual;
    private final EventBridge bridge;
    private final AttachmentLoader loader = new AttachmentLoader();
    private final CaseView.Services caseServices;
    private final ReplyViewModel reply;
    private final org.switchboard.ui.replies.OutboxViewModel outbox;
    private final org.switchboard.ui.replies.OutboxWindow outboxWindow;
    private final org.switchboard.ui.replies.TemplateEditorViewModel templateEditor;
    private final SyncSummaryViewModel sync;
    private final VaultViewModel vault;
    private final AccountsWindow accounts;
    private final ErrandScreens errands;
    private final org.switchboard.ui.search.SearchViewModel searchModel;
    private final org.switchboard.ui.contact.ContactScreens contacts;
    private Scene scene;
    private WindowPlacement placement;
    private QueueView queueView;
    private CaseView caseView;
    private ContextView contextView;
    private WelcomePane welcomePane;
    private ReplyBox replyBox;
    private CaseDialogs caseDialogs;
    private SyncStatusView syncView;
    private SplitPane split;
    private double[] dividers = {0.33, 0.76};
    private boolean disposed;

    public MainWindow(Stage stage, OpenedWorkspace opened, BackgroundRunner runner, Setup setup) {
        this.stage = stage;
        this.setup = setup;
        Workspace ws = opened.workspace();
        shell = new ShellViewModel(opened, setup.languageOverride(), runner, status);
        queue = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(), shell.views()), runner, status,
                QueueViewModel.PAGE_SIZE, QueueViewModel.MAX_PAGES);
        kase = new CaseViewModel(ws.cases(), runner, status);
        searchModel = new org.switchboard.ui.search.SearchViewModel(ws.search(), runner);
        actions = new CaseActionsViewModel(new CaseActionsViewModel.Services(ws.cases(), ws.merger()), kase, runner,
                status);
        attempts = new AttemptsViewModel(new AttemptsViewModel.Services(ws.conversations(), ws.directory(),
                setup.clock()), kase, runner, status);
        manual = new ManualCaseViewModel(ws.intake(), runner, status);
        caseServices = new CaseView.Services(setup.openLink(), loader, runner);
        reply = new ReplyViewModel(new ReplyViewModel.Services(ws.drafts(), ws.outbox(), ws.accounts(),
                ws.templates(), ws.deflection()), runner, status, setup.clock(), this::forwardInstead);
        templateEditor = new org.switchboard.ui.replies.TemplateEditorViewModel(ws.templates(), runner);
        outbox = new org.switchboard.ui.replies.OutboxViewModel(ws.outbox(), runner);
        outboxWindow = new org.switchboard.ui.replies.OutboxWindow(outbox, id -> {
            openCase(id);
            stage.toFront();
        });
        sync = new SyncSummaryViewModel(ws, runner, status);
        vault = new VaultViewModel(ws.accounts(), runner, PassphraseDialog.prompt(this::dialogOwner,
                () -> shell.texts().get()));
        accounts = new AccountsWindow(new AccountsWindow.Setup(ws, runner, vault, setup.openLink(), setup.clock(),
                () -> {
                    sync.refresh();
                    vault.recheck();
                }));
        errands = new ErrandScreens(new ErrandScreens.Setup(ws, runner, status, setup.clock(), setup.openLink(),
                queue::select, text -> reply.text().set(text), () -> shell.texts().get(), () -> stage));
        contacts = new org.switchboard.ui.contact.ContactScreens(new org.switchboard.ui.contact.ContactScreens.Setup(ws,
                runner, status, kase, this::openCase, () -> stage));
        actions.undoable().addListener((o, a, b) -> {
            if (b != null) {
                contacts.forgetNoteUndo();
            }
        });
        bridge = EventBridge.toFxThread(ws.events());
        bridge.listen(contacts::onEvent);
        bridge.listen(errands::onEvent);
        bridge.listen(queue::onEvent);
        bridge.listen(kase::onEvent);
        bridge.listen(attempts::onEvent);
        bridge.listen(sync::onEvent);
        bridge.listen(reply::onEvent);
        bridge.listen(outbox::onEvent);
        kase.detail().addListener((o, a, detail) -> reply.show(detail));
        queue.selectedCaseId().addListener((o, a, id) -> {
            if (id != null && !id.equals(kase.caseId().get())) {
                kase.open(id);
            }
        });
        shell.theme().addListener((o, a, theme) -> Themes.apply(theme));
        shell.texts().addListener((o, a, texts) -> rebuild(texts));
        shell.welcome().addListener((o, a, welcome) -> {
            if (!welcome) {
                queueView.focusList();
            }
        });
    }

    /** Replaces the stage's opening screen with the window and loads the queue. FX thread. */
    public void show() {
        Themes.apply(shell.theme().get());
        // The scene gets the window's size up front: a scene sized by its content would first grow the
        // window past the screen and then shrink it again.
        Settings.WindowGeometry place = WindowPlacement.initial(shell.savedWindow());
        scene = new Scene(build(shell.texts().get()), place.width(), place.height());
        scene.getStylesheets().addAll(Css.STYLESHEET, ErrandCss.STYLESHEET);
        KeyboardShortcuts.install(scene, this);
        stage.setScene(scene);
        placement = WindowPlacement.apply(stage, place);
        stage.show();
        queue.holdCounts();
        queue.refresh();
        AfterFirstPage.run(queue.loading(), scene, this::startBackgroundWork);
        if (shell.welcome().get()) {
            welcomePane.focus();
        } else {
            queueView.focusList();
        }
    }

    /** What the window starts besides the queue, once the first page is painted (ADR 0021). FX thread. */
    private void startBackgroundWork() {
        if (disposed) {
            return; // closed before its first page (the start-up probe, a quick quit)
        }
        queue.releaseCounts();
        sync.startSync();
        vault.checkAtStart(sync::refresh);
        errands.start();
        outbox.countWaiting();
    }

    private void rebuild(Texts texts) {
        boolean queueHadFocus = queueView != null && queueView.listFocused();
        scene.setRoot(build(texts));
        accounts.relabel(stage, texts);
        if (queueHadFocus || !shell.welcome().get()) {
            queueView.focusList();
        }
    }

    private Parent build(Texts texts) {
        if (split != null) {
            dividers = split.getDividerPositions();
        }
        boolean filtersOpen = queueView != null && queueView.filtersOpen();
        disposeViews();
        DomainTexts names = new DomainTexts(texts);
        TimeFormat time = new TimeFormat(texts, setup.clock());
        queueView = new QueueView(queue, names, time, filtersOpen);
        caseDialogs = new CaseDialogs(new CaseDialogs.Context(kase, actions, attempts, manual, queue::known,
                queue::rows, this::openCase), names, () -> stage);
        caseView = new CaseView(kase, names, time, caseServices, caseDialogs);
        replyBox = new ReplyBox(reply, names, time);
        caseView.setComposer(replyBox.node());
        syncView = new SyncStatusView(sync, vault, new AccountTexts(names, time), texts, this::openAccounts,
                this::unlockVault);
        contextView = new ContextView(kase, attempts, names, time, queue::select, caseDialogs::attempt);
        contextView.setErrands(errands::timeline);
        contacts.relabel(names, time);
        caseDialogs.undoFirst(contacts::undo, contacts.noteUndoAvailable());
        contextView.setContactParts(new ContextView.ContactParts(contacts::profileButton, contacts::links,
                contacts::notes, caseDialogs::note));
        welcomePane = new WelcomePane(texts, shell);
        welcomePane.node().visibleProperty().bind(shell.welcome());
        caseView.node().visibleProperty().bind(shell.welcome().not());
        StackPane centre = new StackPane(caseView.node(), welcomePane.node());
        split = new SplitPane(queueView.node(), centre, contextView.node());
        split.setId("main-split");
        SplitPane.setResizableWithParent(queueView.node(), false);
        SplitPane.setResizableWithParent(contextView.node(), false);
        split.setDividerPositions(dividers);
        BorderPane root = new BorderPane(split);
        javafx.scene.control.Menu caseMenu = CaseMenus.caseMenu(caseDialogs);
        javafx.scene.control.MenuItem templates = new javafx.scene.control.MenuItem(texts.get("menu.case.templates"));
        templates.setOnAction(e -> org.switchboard.ui.replies.TemplateEditor.show(stage, templateEditor, texts,
                texts.language()));
        javafx.scene.control.MenuItem outboxItem = new javafx.scene.control.MenuItem(texts.get("menu.case.outbox"));
        outboxItem.setId("menu-outbox");
        outboxItem.setOnAction(e -> openOutbox());
        caseMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), templates, outboxItem);
        root.setTop(ShellMenu.of(texts, shell, this, caseMenu));
        javafx.scene.control.Hyperlink outboxBadge = new javafx.scene.control.Hyperlink();
        outboxBadge.setId("status-outbox");
        outboxBadge.textProperty().bind(outbox.waiting().map(n -> texts.get("status.outbox", n)));
        outboxBadge.visibleProperty().bind(outbox.waiting().greaterThan(0));
        outboxBadge.managedProperty().bind(outboxBadge.visibleProperty());
        outboxBadge.setOnAction(e -> openOutbox());
        javafx.scene.layout.HBox right = new javafx.scene.layout.HBox(10, outboxBadge, syncView.node());
        right.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        root.setBottom(StatusBarView.of(texts, status, shell, queue, right));
        root.getStyleClass().add("main-window");
        stage.setTitle(texts.get("app.title"));
        return root;
    }

    private void disposeViews() {
        if (queueView != null) {
            queueView.dispose();
            caseView.dispose();
            contextView.dispose();
            replyBox.dispose();
            syncView.dispose();
        }
    }

    /** Where the window is, for the settings. FX thread. */
    public Settings.WindowGeometry geometry() {
        return placement.current();
    }

    /** The window's own state (settings writer for shutdown). */
    public ShellViewModel shell() {
        return shell;
    }

    /**
     * The work left before the workspace may close (the reply drafts not saved yet), for a background thread.
     * Call before {@link #dispose()}. FX thread.
     */
    public Runnable closingWork() {
        return reply.closing();
    }

    /** Stops listening to the workspace; call before closing it. FX thread. */
    public void dispose() {
        disposed = true;
        accounts.close();
        outboxWindow.close();
        errands.close();
        contacts.close();
        bridge.close();
        disposeViews();
        loader.close();
    }

    @Override
    public void loadDemo() {
        shell.loadDemo();
    }

    @Override
    public void quit() {
        setup.quit().run();
    }

    @Override
    public void showShortcuts() {
        HelpDialogs.shortcuts(stage, shell.texts().get());
    }

    @Override
    public void showAbout() {
        HelpDialogs.about(stage, shell.texts().get(), setup.version(), shell.workspaceFolder());
    }

    @Override
    public void openAccounts() {
        accounts.show(stage, shell.texts().get());
    }

    @Override
    public void syncNow() {
        sync.syncNow();
        errands.syncNow();
    }

    @Override
    public boolean forwardCase() {
        Long id = kase.caseId().get();
        if (shell.welcome().get() || id == null) {
            return false;
        }
        errands.forward(id);
        return true;
    }

    @Override
    public boolean openContact() {
        return !shell.welcome().get() && contacts.openProfile();
    }

    @Override
    public void openSearch() {
        new org.switchboard.ui.search.SearchDialog(searchModel, shell.texts().get(), id -> {
            shell.startEmpty();
            kase.open(id);
            caseView.focus();
        }).show(stage);
    }

    @Override
    public void openErrands() {
        errands.openErrands();
    }

    @Override
    public void openMailbox() {
        errands.openMailbox();
    }

    @Override
    public void openDirectory() {
        errands.openDirectory();
    }

    @Override
    public boolean focusReply() {
        if (shell.welcome().get() || kase.detail().get() == null) {
            return false;
        }
        replyBox.focus();
        return true;
    }

    /** The outbox view (Case › Outbox…, or the status bar's count). */
    private void openOutbox() {
        Texts texts = shell.texts().get();
        outboxWindow.show(stage, new DomainTexts(texts), new TimeFormat(texts, setup.clock()));
    }

    /** "Forward internally instead" in the reply box: the forward dialog at that unit, the reply as the note. */
    private void forwardInstead(long caseId, String unitKey, String note) {
        errands.forward(caseId, unitKey, note);
    }

    /** A case made here (split, manual intake) opens at once, with the focus in its conversation. */
    private void openCase(long id) {
        shell.startEmpty();
        queue.select(id);
        caseView.focus();
    }

    @Override
    public boolean caseAction(KeyCode key) {
        if (shell.welcome().get()) {
            return false;
        }
        return switch (key) {
            case E -> caseDialogs.resolve();
            case N -> caseDialogs.note();
            case A -> caseDialogs.assign();
            case T -> caseDialogs.tags();
            default -> false;
        };
    }

    @Override
    public void focusViews() {
        queueView.focusViews();
    }

    @Override
    public void chooseView(int number) {
        queueView.chooseView(number);
    }

    /** Asks for the vault passphrase (status bar click), then re-reads the accounts' states. */
    private void unlockVault() {
        vault.whenUnlocked(() -> {
            sync.refresh();
            sync.syncNow();
        }, problem -> { });
    }

    /** Dialogs sit on the accounts window while it is open, else on the main window. */
    private javafx.stage.Window dialogOwner() {
        return accounts.window() != null ? accounts.window() : stage;
    }

    @Override
    public void moveSelection(int delta) {
        if (!shell.welcome().get()) {
            queueView.moveSelection(delta);
        }
    }

    @Override
    public boolean openSelected() {
        if (!queueView.listFocused() || kase.caseId().get() == null) {
            return false;
        }
        caseView.focus();
        return true;
    }

    @Override
    public boolean backToQueue() {
        Node focus = scene.getFocusOwner();
        if (focus == null || queueView.listFocused() || shell.welcome().get()) {
            return false;
        }
        queueView.focusList();
        return true;
    }

    @Override
    public void focusPane(int pane) {
        switch (pane) {
            case 1 -> queueView.focusList();
            case 2 -> caseView.focus();
            default -> contextView.node().requestFocus();
        }
    }
}
