package org.switchboard.cli;

import java.nio.file.Path;

/** Opens the window; provided by the application so the command line does not depend on the UI. */
@FunctionalInterface
public interface GuiLauncher {
    /** Runs the window until it closes; returns the exit code. */
    int launch(Path dataDir, String language);
}
