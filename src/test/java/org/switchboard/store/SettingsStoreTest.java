package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Settings;

/** settings.json is written atomically and a broken file never stops the start. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsRoundTripAndLeaveNoTemporaryFile() {
        JsonSettingsStore store = new JsonSettingsStore(dir.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        Settings s = Settings.DEFAULTS.withLanguage("de").withTheme("dark").withAgent("Mira")
                .withWindow(new Settings.WindowGeometry(10, 20, 1280, 800, false));
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        assertThat(dir.resolve("settings.json.tmp")).doesNotExist();
    }

    @Test
    void anUnreadableFileIsKeptAsideAndDefaultsUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        JsonSettingsStore store = new JsonSettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(dir.resolve("settings.json.unreadable")).hasContent("{ this is not json");
    }

    @Test
    void unknownValuesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"fr\",\"theme\":\"neon\",\"futureField\":1}");
        Settings s = new JsonSettingsStore(file).load();
        assertThat(s.language()).isNull();
        assertThat(s.theme()).isEqualTo("light");
    }
}
