package org.switchboard.ui.errands;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.switchboard.domain.Errand;
import org.switchboard.domain.Unit;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.events.Event;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;
import org.switchboard.ui.directory.DirectoryViewModel;
import org.switchboard.ui.directory.DirectoryWindow;
import org.switchboard.ui.forward.ForwardDialog;
import org.switchboard.ui.forward.ForwardViewModel;

/**
 * The main window's errand screens in one place: the forward dialog, the errand timeline in the context
 * pane, the errands view, the mailbox dialog, the directory editor and the reminders after each errands
 * pass. Keeps the window's own code to a few hooks. FX thread.
 */
public final class ErrandScreens {
    /** What the screens need from the window. */
    public record Setup(Workspace ws, BackgroundRunner runner, StatusModel status, Clock clock,
                        Consumer<String> openLink, LongConsumer openCase, Consumer<String> useDraft,
                        Supplier<Texts> texts, Supplier<Window> owner) {}

    /** How often the window runs an errands pass (answers, reminders, escalations) on its own. */
    private static final javafx.util.Duration PASS_EVERY = javafx.util.Duration.minutes(5);

    private final Setup setup;
    private final ForwardViewModel forward;
    private final ErrandsViewModel errands;
    private final ErrandsWindow errandsWindow;
    private final MailboxViewModel mailbox;
    private final DirectoryViewModel directory;
    private final DirectoryWindow directoryWindow;
    private final ErrandWatch watch;
    private final Map<String, String> unitNames = new ConcurrentHashMap<>();
    private final Timeline passes;
    private final MailboxWatcher mailWatcher;
    private List<Unit> units = List.of();

    public ErrandScreens(Setup setup) {
        this.setup = setup;
        Workspace ws = setup.ws();
        forward = new ForwardViewModel(ws.routing(), ws.errands(), ws.directory(),
                () -> ws.mail().settings().isPresent(), setup.runner(), setup.clock());
        errands = new ErrandsViewModel(ws, setup.runner());
        errandsWindow = new ErrandsWindow(errands, id -> {
            setup.openCase().accept(id);
            Window owner = setup.owner().get();
            if (owner instanceof javafx.stage.Stage s) {
                s.toFront();
            }
        });
        mailbox = new MailboxViewModel(ws.mail(), setup.runner());
        directory = new DirectoryViewModel(ws.directory(), ws.errands(), setup.runner());
        directoryWindow = new DirectoryWindow(directory);
        watch = new ErrandWatch(ws, setup.runner(), setup.status());
        watch.reminder().addListener((o, a, r) -> {
            if (r != null) {
                remind(r);
            }
        });
        // IMAP IDLE: an answer is applied when it arrives, not at the next periodic pass
        mailWatcher = new MailboxWatcher(() -> ws.errandSync().openMailWaiter(),
                () -> javafx.application.Platform.runLater(watch::pass));
        passes = new Timeline(new KeyFrame(PASS_EVERY, e -> watch.pass()));
        passes.setCycleCount(Timeline.INDEFINITE);
        loadUnits();
    }

    /** Starts the periodic errands pass (first one after a short pause, so the window opens first). */
    public void start() {
        passes.play();
        Timeline first = new Timeline(new KeyFrame(javafx.util.Duration.seconds(20), e -> {
            watch.pass();
            mailWatcher.start();
        }));
        first.play();
    }

    /** F5: an errands pass now, too. */
    public void syncNow() {
        watch.pass();
    }

    /** F in a case: the forward dialog for it. */
    public void forward(long caseId) {
        forward(caseId, null, null);
    }

    /** The forward dialog for a case with a unit chosen and a note written ("Forward internally instead"). */
    public void forward(long caseId, String unitKey, String note) {
        forward.load(caseId, unitKey, note);
        new ForwardDialog(setup.owner().get(), forward, words(), time(), setup.openLink()).show();
    }

    public void openErrands() {
        errandsWindow.show(setup.owner().get(), words(), time());
    }

    public void openMailbox() {
        MailboxDialog.show(setup.owner().get(), mailbox, setup.texts().get());
    }

    public void openDirectory() {
        directoryWindow.show(setup.owner().get(), setup.texts().get());
    }

    /** "Update status…" of an errand in the timeline. */
    public void updateStatus(Errand e) {
        ErrandUpdateDialog.show(setup.owner().get(), new ErrandUpdateViewModel(setup.ws().errands(), setup.runner(),
                e.ref().value()), words(), units);
    }

    /** The errand section of the context pane for one case; {@code forwardCase} is the Forward button. */
    public Node timeline(CaseDetail d) {
        return new ErrandTimeline(words(), time(), setup.clock(), unitNames, new ErrandTimeline.Actions(
                () -> forward(d.kase().id()), this::updateStatus, setup.useDraft())).of(d);
    }

    /** Service events (on the FX thread through the window's bridge). */
    public void onEvent(Event event) {
        errands.onEvent(event);
        directory.onEvent(event);
        if (event instanceof Event.DirectoryChanged || event instanceof Event.WorkspaceReplaced) {
            loadUnits();
        }
    }

    public void close() {
        passes.stop();
        // closing the IMAP connection may wait on the network: not on the FX thread
        Thread.ofVirtual().name("sb-errands-mailbox-close").start(mailWatcher::close);
        errandsWindow.close();
        directoryWindow.close();
    }

    private void loadUnits() {
        setup.runner().run(() -> setup.ws().directory().units(), list -> {
            units = list;
            unitNames.clear();
            list.forEach(u -> unitNames.put(u.key(), u.name()));
        }, e -> setup.status().fail("errands.error.load", e));
    }

    private void remind(ErrandWatch.Reminder r) {
        Texts texts = setup.texts().get();
        StringBuilder text = new StringBuilder();
        if (r.answers() > 0) {
            text.append(texts.get("errands.remind.answers", r.answers())).append('\n');
        }
        if (r.unmatched() > 0) {
            text.append(texts.get("errands.remind.unmatched", r.unmatched())).append('\n');
        }
        if (r.newlyOverdue() > 0) {
            text.append(texts.get("errands.remind.overdue", r.newlyOverdue(), r.overdue()));
        }
        Window owner = setup.owner().get();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(texts.get("errands.remind.title"))
                .text(text.toString().strip()).hideAfter(javafx.util.Duration.seconds(12))
                .onAction(e -> openErrands()).showInformation();
    }

    private ErrandWords words() {
        return new ErrandWords(setup.texts().get());
    }

    private TimeFormat time() {
        return new TimeFormat(setup.texts().get(), setup.clock());
    }
}
