package org.switchboard.ui.shell;

import java.nio.file.Path;
import org.switchboard.service.Workspace;

/** Starts the JavaFX window. */
public final class UiLauncher {
    private UiLauncher() {}

    /** What the window needs to start: the folder, the language override, how to open a workspace. */
    public record Startup(Path dataDir, String language, Workspace.Opener opener, String version) {}

    /** Runs the window until it is closed; returns the exit code. */
    public static int launch(Startup startup) {
        throw new UnsupportedOperationException("window not built yet");
    }
}
