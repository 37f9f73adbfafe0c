package org.switchboard.ui.shell;

import org.switchboard.domain.Account;
import org.switchboard.domain.Settings;
import org.switchboard.service.Workspace;

/**
 * A workspace just opened, with what the window needs before its first frame: the saved settings,
 * whether it is empty (welcome panel) and whether it holds demo accounts (status-bar marker).
 */
public record OpenedWorkspace(Workspace workspace, Settings settings, boolean empty, boolean demo) {

    /** Opens the folder and reads the first facts. Background thread only: takes the lock, migrates, reads. */
    public static OpenedWorkspace open(Workspace.Opener opener, java.nio.file.Path dataDir) {
        Workspace ws = opener.open(dataDir);
        try {
            Settings settings = ws.settings().load();
            boolean empty = ws.demo().workspaceEmpty();
            boolean demo = ws.accounts().list().stream().anyMatch(Account::demo);
            return new OpenedWorkspace(ws, settings, empty, demo);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }
}
