package org.switchboard.service.sync;

import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.AccountStatus;

/** What one sync pass did for one account (the {@code sync --once --json} shape). */
public record AccountSyncResult(String name, Platform platform, int newItems, int updated, int pages,
                                long waitedSeconds, AccountStatus.State state, String error) {
    public boolean failed() {
        return state == AccountStatus.State.RECONNECT_NEEDED || state == AccountStatus.State.ERROR
                || state == AccountStatus.State.OFFLINE;
    }
}
