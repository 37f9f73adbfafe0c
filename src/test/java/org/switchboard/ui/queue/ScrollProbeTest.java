package org.switchboard.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.FxBackgroundRunner;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.common.TimeFormat;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scroll probe drives the real case list (pages read in the background, the sliding window dropping
 * pages) and reports every figure the benchmark prints. Only that it runs and what it counts are checked
 * here; how smooth scrolling is, is the benchmark's business (no timed assertions).
 */
class ScrollProbeTest {
    private static final int CASES = 1_200;
    private static final int PAGE = 25;
    private static final int PAGES = 4;

    @TempDir
    static Path dir;

    private static Workspace ws;
    private static FxBackgroundRunner runner;

    @BeforeAll
    static void aWorkspaceWithMoreCasesThanTheWindowHolds() throws Exception {
        FxToolkit.registerPrimaryStage();
        ws = UiTestWorkspace.withDemo(dir);
        Contact contact = ws.conversations().findOrCreateContact(new ContactRef("Jana Kowalski", null, null,
                List.of(new ContactRef.Handle(Platform.BLUESKY, "jana.bsky.social", null))));
        long account = ws.accounts().list().getFirst().id();
        for (int i = 0; i < CASES; i++) {
            ws.conversations().openCase(contact, new NewMessage(account, Platform.BLUESKY, "scroll-" + i,
                    Direction.IN, MessageKind.MENTION, "Jana Kowalski", "Ampel " + i + " an der Kreuzung blinkt nur gelb",
                    null, UiTestWorkspace.CLOCK.instant().minusSeconds(CASES - i), null, List.of(), null, null,
                    List.of()), Priority.NORMAL);
        }
        runner = new FxBackgroundRunner();
    }

    @Test
    void scrollsPastTheWindowAndReportsEveryFigure() throws Exception {
        QueueView view = showQueue();

        CompletableFuture<ScrollProbe.Result> result = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> view.probeScrolling(new ScrollProbe.Settings(400, 2.5), result::complete));
        ScrollProbe.Result r = result.get(60, TimeUnit.SECONDS);

        assertThat(r.frames()).isPositive();
        assertThat(r.seconds()).isGreaterThanOrEqualTo(2.5);
        assertThat(r.fps()).isPositive();
        assertThat(r.p50Ms()).isPositive().isLessThanOrEqualTo(r.p95Ms());
        assertThat(r.p95Ms()).isLessThanOrEqualTo(r.p99Ms());
        assertThat(r.p99Ms()).isLessThanOrEqualTo(r.worstMs());
        // How far it gets depends on the machine's speed; that it moved and read pages on the way does not.
        assertThat(r.rowsPassed()).as("the list moved").isGreaterThan(PAGE / 2);
        assertThat(r.maxRowsHeld()).as("pages were read while scrolling, within the window's bound")
                .isGreaterThan(PAGE).isLessThanOrEqualTo(PAGE * PAGES);
        assertThat(r.stalls()).isBetween(0, r.frames());
        assertThat(r.slowFrames()).isBetween(0, r.frames());
        assertThat(r.fxCpuMsPerFrame()).as("the FX thread's CPU time per frame").isPositive();
        assertThat(r.renderCpuMsPerFrame()).as("the render thread's CPU time per frame").isPositive();
        assertThat(r.cpuMsPerFrame()).as("the process's CPU time per frame")
                .isGreaterThanOrEqualTo(r.fxCpuMsPerFrame());
        FxToolkit.cleanupStages();
    }

    @Test
    void aWarmUpScrollsFirstAndOnlyTheTimeAfterItIsMeasured() throws Exception {
        QueueView view = showQueue();

        CompletableFuture<ScrollProbe.Result> result = new CompletableFuture<>();
        long before = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> view.probeScrolling(new ScrollProbe.Settings(200, 1.0, 1.5),
                result::complete));
        ScrollProbe.Result r = result.get(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - before) / 1e9;

        assertThat(r.seconds()).as("the measured part").isGreaterThanOrEqualTo(1.0).isLessThan(elapsed);
        assertThat(elapsed).as("warm-up and measurement, one after the other").isGreaterThanOrEqualTo(2.5);
        assertThat(r.frames()).isPositive();
        FxToolkit.cleanupStages();
    }

    /** The real case list over the workspace, in a small window, with its first page read. */
    private static QueueView showQueue() throws Exception {
        Texts en = Texts.forLanguage("en");
        QueueViewModel vm = new QueueViewModel(new QueueViewModel.Sources(ws.queue(), ws.accounts(), new MemoryViews()),
                runner, new StatusModel(), PAGE, PAGES);
        CompletableFuture<QueueView> shown = new CompletableFuture<>();
        FxToolkit.setupStage(stage -> {
            QueueView view = new QueueView(vm, new DomainTexts(en), new TimeFormat(en, UiTestWorkspace.CLOCK), false);
            stage.setScene(new Scene(new StackPane(view.node()), 420, 700));
            stage.show();
            vm.sort().set(QueueSort.NEWEST); // the first read
            shown.complete(view);
        });
        QueueView view = shown.get(10, TimeUnit.SECONDS);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery()
                .map(l -> ((ListView<?>) l).getItems().size() >= PAGE).orElse(false));
        return view;
    }

    @Test
    void percentilesAreTakenByRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(ScrollProbe.percentile(sorted, 50)).isEqualTo(5);
        assertThat(ScrollProbe.percentile(sorted, 95)).isEqualTo(10);
        assertThat(ScrollProbe.percentile(new double[0], 95)).isZero();
    }

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
        if (ws != null) {
            ws.close();
        }
    }
}
