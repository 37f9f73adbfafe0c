package org.switchboard.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;
import org.switchboard.service.Workspace;

/** Starts the JavaFX window. */
public final class UiLauncher {
    private UiLauncher() {}

    /** What the window needs to start: the folder, the language override, how to open a workspace. */
    public record Startup(Path dataDir, String language, Workspace.Opener opener, String version) {}

    /**
     * Runs the window until it is closed; returns the exit code: 0 after a normal quit, 3 when another
     * Switchboard holds the data folder, 1 when the workspace cannot be opened for another reason.
     * Call from the main thread, once per process (JavaFX allows one launch).
     */
    public static int launch(Startup startup) {
        SwitchboardApp.Handover handover = SwitchboardApp.handOver(startup);
        Application.launch(SwitchboardApp.class);
        return handover.exitCode();
    }
}
