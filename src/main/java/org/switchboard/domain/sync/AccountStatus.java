package org.switchboard.domain.sync;

import java.time.Instant;
import org.switchboard.domain.Require;

/** How an account's sync is doing, shown in the status bar and by {@code account list}. */
public record AccountStatus(long accountId, State state, Instant lastSyncAt, Instant nextSyncAt, String lastError,
                            int failuresInARow) {
    public enum State {
        /** Never synced yet. */
        NEW,
        OK,
        /** The platform asked us to wait; {@code nextSyncAt} is its reset. */
        RATE_LIMITED,
        /** The token is expired or revoked: a person must reconnect the account. */
        RECONNECT_NEEDED,
        /** The platform or the network failed; retried by itself. */
        ERROR,
        /** No network: sync resumes by itself when it is back. */
        OFFLINE,
        PAUSED
    }

    public AccountStatus {
        Require.notNull(state, "state");
        lastError = Require.maxLength(Require.blankToNull(lastError), 2000, "last error");
    }

    public static AccountStatus fresh(long accountId) {
        return new AccountStatus(accountId, State.NEW, null, null, null, 0);
    }
}
