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

    @Test
    void savedViewsRoundTripAndAnOldFileWithoutThemStillLoads() throws Exception {
        JsonSettingsStore store = new JsonSettingsStore(dir.resolve("settings.json"));
        Settings.CustomView v = new Settings.CustomView("Lärm, Mastodon 🔊", "mine",
                java.util.Set.of(org.switchboard.domain.CaseStatus.OPEN), org.switchboard.domain.Platform.MASTODON,
                "Stadt Beispielstadt", "unassigned", org.switchboard.domain.Priority.HIGH, "Lärm", true, false,
                org.switchboard.domain.queue.QueueSort.NEWEST);
        Settings s = Settings.DEFAULTS.withAgent("Mira").withViews(java.util.List.of(v));
        store.save(s);
        assertThat(store.load()).isEqualTo(s);

        Files.writeString(dir.resolve("settings.json"), "{\"language\":\"de\",\"theme\":\"dark\"}");
        assertThat(store.load().views()).isEmpty();
        assertThat(store.load().language()).isEqualTo("de");
    }

    @Test
    void aBrokenSavedViewIsLeftOutAndTheRestOfTheSettingsKept() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"dark\",\"views\":[{\"name\":\"\"},"
                + "{\"name\":\"Neu\",\"statuses\":[\"NEW\",\"SOMEDAY\"],\"platform\":\"MYSPACE\",\"sort\":\"NEWEST\"},"
                + "{\"name\":\"neu\"}]}");
        Settings s = new JsonSettingsStore(file).load();
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(s.views()).hasSize(1);
        Settings.CustomView v = s.views().getFirst();
        assertThat(v.name()).isEqualTo("Neu");
        assertThat(v.statuses()).containsExactly(org.switchboard.domain.CaseStatus.NEW);
        assertThat(v.platform()).isNull();
        assertThat(v.base()).isEqualTo("all");
        assertThat(dir.resolve("settings.json.unreadable")).doesNotExist();
    }
}
