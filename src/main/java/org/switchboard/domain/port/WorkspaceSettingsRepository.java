package org.switchboard.domain.port;

import java.util.Optional;

/**
 * Settings that belong to the workspace rather than to one person's window: the errands mailbox, the
 * follow-up delays, the mailbox's read position. Kept in the database, so a team shares them; never a
 * secret.
 */
public interface WorkspaceSettingsRepository {
    Optional<String> get(String key);

    /** Inserts or replaces; a null value removes the key. */
    void put(String key, String value);
}
