package org.switchboard.app;

import java.nio.file.Path;

/**
 * Points Logback at the data folder's {@code logs/} before the first logger is made. The rolling file
 * appender is configured in {@link LogbackConfig}; it reads the folder from a system property.
 */
public final class LoggingSetup {
    public static final String LOG_DIR_PROPERTY = "switchboard.logdir";

    private LoggingSetup() {}

    public static void init(Path dataDir) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataDir.resolve("logs").toAbsolutePath().toString());
        }
    }
}
