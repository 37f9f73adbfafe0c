package org.switchboard.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.service.Workspace;
import org.switchboard.ui.shell.SwitchboardApp;
import org.switchboard.ui.shell.UiLauncher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a demo workspace, on JavaFX's own headless platform (-Dglass.platform=Headless,
 * STACK-NOTES.md; TestFX's testfx.headless would look for Monocle instead, so it stays unset): opened
 * before each test once the queue shows cases, closed after it with its workspace.
 */
public abstract class DemoWindowTestBase {
    @TempDir
    protected Path dir;

    protected final FxRobot robot = new FxRobot();
    protected Workspace ws;
    protected Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens the workspace the window shows: the demo in {@code folder}, unless a test needs another. */
    protected Workspace openWorkspace(Path folder) {
        return UiTestWorkspace.withDemo(folder);
    }

    /** Changes the demo workspace before the window opens (e.g. adds a hostile case). */
    protected void prepare(Workspace workspace) {
    }

    @BeforeEach
    void openTheWindowOnADemoWorkspace() throws Exception {
        ws = openWorkspace(dir);
        prepare(ws);
        UiLauncher.Startup startup = new UiLauncher.Startup(dir, "en", d -> ws, "test");
        app = FxToolkit.setupApplication(() -> new SwitchboardApp(startup));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeTheWindowAndTheWorkspace() throws Exception {
        FxToolkit.cleanupApplication(app); // stop(): saves settings, closes the workspace
        FxToolkit.cleanupStages();
        ws.close(); // already closed by the app; closing again is harmless and releases the lock for sure
    }
}
