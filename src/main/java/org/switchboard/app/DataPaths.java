package org.switchboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Switchboard keeps its data on each operating system (ARCHITECTURE.md, "Storage"). */
public final class DataPaths {
    private DataPaths() {}

    /** The default data folder for this user on this OS. */
    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Switchboard")
                    : Path.of(home, "AppData", "Roaming", "Switchboard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Switchboard");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "switchboard")
                : Path.of(home, ".local", "share", "switchboard");
    }
}
