package org.switchboard.domain.port;

import org.switchboard.domain.Settings;

/** The user's settings file. */
public interface SettingsStore {
    /** The saved settings, or defaults when there is no file yet (or it cannot be read). */
    Settings load();

    /** Writes atomically: a crash leaves the old file or the new one, never half of one. */
    void save(Settings settings);
}
