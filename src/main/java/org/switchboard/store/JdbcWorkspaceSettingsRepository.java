package org.switchboard.store;

import java.util.Optional;
import org.switchboard.domain.port.WorkspaceSettingsRepository;

/** Workspace settings as key/value rows. */
public final class JdbcWorkspaceSettingsRepository implements WorkspaceSettingsRepository {
    private final Jdbc jdbc;

    public JdbcWorkspaceSettingsRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.one("SELECT setting_value FROM workspace_settings WHERE setting_key = ?", rs -> rs.getString(1),
                key);
    }

    @Override
    public void put(String key, String value) {
        jdbc.inTransaction(() -> {
            if (value == null) {
                jdbc.update("DELETE FROM workspace_settings WHERE setting_key = ?", key);
            } else if (jdbc.update("UPDATE workspace_settings SET setting_value = ? WHERE setting_key = ?", value,
                    key) == 0) {
                jdbc.update("INSERT INTO workspace_settings (setting_key, setting_value) VALUES (?, ?)", key, value);
            }
            return null;
        });
    }
}
