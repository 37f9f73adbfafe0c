package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data folder per operating system, as ARCHITECTURE.md names it. */
class DataPathsTest {
    @Test
    void windowsUsesAppData() {
        assertThat(DataPaths.defaultDataDir("Windows 11", Map.of("APPDATA", "C:\\Users\\mira\\AppData\\Roaming"),
                "C:\\Users\\mira")).isEqualTo(Path.of("C:\\Users\\mira\\AppData\\Roaming", "Switchboard"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataPaths.defaultDataDir("Mac OS X", Map.of(), "/Users/mira"))
                .isEqualTo(Path.of("/Users/mira/Library/Application Support/Switchboard"));
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataPaths.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/m"), "/home/m"))
                .isEqualTo(Path.of("/data/m/switchboard"));
        assertThat(DataPaths.defaultDataDir("Linux", Map.of(), "/home/m"))
                .isEqualTo(Path.of("/home/m/.local/share/switchboard"));
    }

    @Test
    void dataDirOptionIsFoundBeforeLoggingStarts() {
        assertThat(Main.dataDirFrom(new String[] {"--data-dir", "/tmp/x", "queue"})).isEqualTo(Path.of("/tmp/x"));
        assertThat(Main.dataDirFrom(new String[] {"--data-dir=/tmp/y", "queue"})).isEqualTo(Path.of("/tmp/y"));
    }
}
