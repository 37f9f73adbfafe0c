package org.switchboard.domain.sync;

import java.time.Instant;
import java.util.Optional;

/** Cursors per account and stream, and each account's sync status. */
public interface SyncStateRepository {
    Optional<String> cursor(long accountId, String stream);

    /** Stores a cursor; called in the same transaction as the items it covers. */
    void saveCursor(long accountId, String stream, String cursor, Instant at);

    AccountStatus status(long accountId);

    void saveStatus(AccountStatus status, Instant at);
}
