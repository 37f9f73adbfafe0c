package org.switchboard.ui.accounts;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.service.Workspace;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * What the status bar says about the background sync: every account with its state, re-read when a
 * sync finishes or fails ({@link Event.SyncStatusChanged}) or the accounts change. Also starts the
 * window's scheduler and asks it to sync now (F5). UI thread only; reads go through the runner.
 */
public final class SyncSummaryViewModel {
    private final Workspace ws;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private long request;

    public SyncSummaryViewModel(Workspace ws, BackgroundRunner runner, StatusModel status) {
        this.ws = ws;
        this.runner = runner;
        this.status = status;
    }

    /**
     * Starts the background sync of this window's workspace; it stops when the workspace is closed.
     * Call once. UI thread (the scheduler's work runs on its own threads).
     */
    public void startSync() {
        runner.run(() -> {
            ws.scheduler().start();
            return null;
        }, ok -> refresh(), e -> status.fail("sync.error.start", e));
    }

    /** Every account should sync as soon as possible (F5, "Sync now"). UI thread. */
    public void syncNow() {
        runner.run(() -> {
            ws.scheduler().syncNow();
            return null;
        }, ok -> { }, e -> status.fail("sync.error.start", e));
    }

    /** Re-reads every account's state. UI thread. */
    public void refresh() {
        long mine = ++request;
        runner.run(() -> AccountRow.load(ws.accounts(), ws.sync()), loaded -> {
            if (mine == request) {
                rows.setAll(loaded);
            }
        }, e -> status.fail("sync.error.load", e));
    }

    /** A sync ended somewhere, or the whole workspace changed (demo loaded). UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.SyncStatusChanged || event instanceof Event.WorkspaceReplaced) {
            refresh();
        }
    }

    /** The accounts with their states. */
    public ObservableList<AccountRow> rows() {
        return rows;
    }
}
